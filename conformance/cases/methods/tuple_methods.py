# tuples: count/index, packing/unpacking, immutability, comparison, hashing as keys.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t[1:4], t[::-1])
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
single = (5,)
not_tuple = (5)
print(type(single).__name__, type(not_tuple).__name__, single, ())
packed = 1, 'a', None
x, y, z = packed
print(packed, x, y, z)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(tuple('abc'), tuple([1, [2]]), tuple(range(3)), tuple({'k': 1}))
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    nested[0] = 9
except TypeError as e:
    print('TypeError:', e)
coords = {(0, 0): 'origin', (1, 2): 'p'}
print(coords[(1, 2)], coords[0, 0], (3, 4) in coords)
print(max([(2, 'b'), (2, 'a'), (1, 'z')]), sorted([(1, 'b'), (1, 'a')]))
print(sum((1, 2, 3)), min((4, 2, 8)), list(enumerate(('a', 'b'))), 2 in t)
a = (1, 2)
b = a
a += (3,)
print(a, b)
print(tuple(x * 2 for x in t if x > 1), (1, 2) == (1, 2), (1, 2) == [1, 2])
print(repr(()), repr((1,)), str(('a', 1.5)), ((),), ((1,),))
