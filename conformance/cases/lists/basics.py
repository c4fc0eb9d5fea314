# List literals, append, index, len, membership.
a = [3, 1, 4, 1, 5]
print(a, len(a), a[0], a[-1], a[2])
a.append(9)
a.append([2, 6])
print(a, len(a))
print(a.index(1), a.index(5), a.index([2, 6]))
print(4 in a, 7 in a, [2, 6] in a, 2 in a)
a[0] = 'three'
a[-1] = None
print(a)
empty = []
print(empty, len(empty), [] == empty)
mixed = [1, 'two', 3.0, None, True, (6,), [7], {'eight': 8}]
print(mixed)
print(list('abc'), list(range(4)), list((1, 2)), list())
b = a
b.append('shared')
print(a[-1], len(a) == len(b))
del a[0]
print(a)
del a[-2]
print(a)
