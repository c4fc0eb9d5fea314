# Calling something that is not callable.
x = 5
print(x * 2)
print(x())
