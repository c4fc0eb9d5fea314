# list index out of range.
items = [10, 20, 30]
for i in range(4):
    print(items[i])
