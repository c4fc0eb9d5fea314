# dict methods: get/setdefault/pop/popitem/update/keys/values/items/copy/clear/fromkeys.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('b'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
d.update({'x': 10, 'a': -1})
d.update(y=20)
d.update([('z', 30)])
print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c['new'] = True
print(d, c, c == d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
inv = {}
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
groups = {}
for w in ['apple', 'avocado', 'banana', 'cherry', 'blueberry']:
    groups[w[0]] = groups.get(w[0], 0) + 1
print(groups, sorted(groups.items(), key=lambda kv: -kv[1]))
merged = {'a': 1} | {'b': 2, 'a': 3}
merged |= {'c': 4}
print(merged)
print(len(d), 'a' in d, 'x' in d, 1 in d.values(), ('a', -1) in d.items())
d.clear()
print(d, bool(d))
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'x': 1}, y=2), dict(zip('ab', range(2))))
order = {}
for k in ['z', 'a', 'm']:
    order[k] = len(order)
del order['a']
order['a'] = 'readded'
print(order, list(order))
