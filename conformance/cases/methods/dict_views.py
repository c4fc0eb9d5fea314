# dict views are live: keys/values/items reflect later changes; set operations on keys.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
del d['a']
print(list(k), list(v), list(it), len(k))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print('b' in k, 4 in v, ('c', 3) in it, ('c', 4) in it)
other = {'c': 0, 'd': 0, 'e': 0}
print(sorted(k & other.keys()), sorted(k | {'z'}), sorted(k - other.keys()), sorted(k ^ other.keys()))
print(sorted(it & {('b', 2), ('x', 9)}))
for key, value in d.items():
    print(key, '->', value)
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(sorted(d))
for key in list(d):
    if key.startswith('new'):
        del d[key]
print(d)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda p: p[1]))
print(k == {'b', 'c', 'd'}, k == ['b', 'c', 'd'])
