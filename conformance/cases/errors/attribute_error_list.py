# Missing method on a list.
items = [3, 1, 2]
items.append(4)
print(items)
items.push(5)
