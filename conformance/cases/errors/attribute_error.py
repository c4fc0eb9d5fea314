# Missing attribute on an int.
n = 5
print(n + 1)
print(n.foo)
