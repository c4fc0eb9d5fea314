# CPython 3.11 suggests a close name in the NameError message.
counter = 10
print(counter)
print(countr + 1)
