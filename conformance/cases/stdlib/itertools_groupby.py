from itertools import groupby

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for key, group in groupby(data, key=lambda p: p[0]):
    print(key, list(group))
words = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=len)
for n, ws in groupby(words, len):
    print(n, list(ws))
# Groups are lazy views of the shared iterator: advancing groupby invalidates them.
groups = list(groupby('aabbbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('xxyyz')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
k3, g3 = next(gb)
print(k3, list(g3))
try:
    next(gb)
except StopIteration:
    print('done')
print(list(groupby([])))
print([(k, len(list(g))) for k, g in groupby([1, 1.0, True, 2, 2])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
