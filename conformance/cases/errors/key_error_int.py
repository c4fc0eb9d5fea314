# KeyError repr of a non-string key.
d = {1: 'one', 2: 'two'}
del d[1]
print(d)
del d[1]
