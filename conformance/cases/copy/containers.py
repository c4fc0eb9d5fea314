# copy.copy and copy.deepcopy of builtin containers: new outer objects, shared or copied items
import copy

a = [1, [2, 3], {'k': [4]}, 'text']
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], b[2] is a[2])
print(c == a, c is a, c[1] is a[1], c[2] is a[2], c[2]['k'] is a[2]['k'], c[3] is a[3])
d = {'x': [1], 'y': (2, [3])}
e = copy.copy(d)
f = copy.deepcopy(d)
print(e, e is d, e['x'] is d['x'])
print(f, f['x'] is d['x'], f['y'] is d['y'], f['y'][1] is d['y'][1])
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(s), copy.deepcopy(s) is s)
fs = frozenset({4, 5})
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
# tuples of atoms come back as they are; a tuple holding a list is rebuilt
t = (1, 'two', 3.0, None)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3, t3 is t2, t3[1] is t2[1], copy.copy(t2) is t2)
nested = ((1, 2), (3, (4, 5)))
print(copy.deepcopy(nested) is nested)
empty = ()
print(copy.deepcopy(empty) is empty, copy.deepcopy([]) == [], copy.copy({}) == {})
ba = bytearray(b'abc')
ba2 = copy.copy(ba)
ba3 = copy.deepcopy(ba)
ba2[0] = 65
print(ba, ba2, ba3, ba3 is ba)
for atom in (1, 2.5, 1j, True, None, 'str', b'bytes', 10**30, Ellipsis, NotImplemented):
    print(repr(atom), copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
grid = [[0] * 3 for _ in range(3)]
g2 = copy.deepcopy(grid)
g2[1][1] = 9
print(grid, g2)
