# Extended slice assignment needs a sequence of the same length.
a = [0, 1, 2, 3, 4, 5]
a[::2] = ['x', 'y', 'z']
print(a)
a[::2] = [1, 2]
