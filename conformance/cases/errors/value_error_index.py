# list.index of a missing value.
items = [4, 5, 6]
print(items.index(6))
print(items.index(7))
