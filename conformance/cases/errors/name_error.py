# NameError for a name never defined.
a = 1
print('a is', a)
print(x)
