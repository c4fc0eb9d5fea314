from collections import defaultdict

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd)
print(dd['missing'], dd)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts.items()))
print(counts.default_factory, isinstance(counts, dict))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], list(nested))
print(defaultdict(), defaultdict(None, {'a': 1}))
d = defaultdict(set)
d['k'].add(1)
print(d)
d2 = defaultdict(str, a='x')
print(d2, d2['b'] == '', len(d2))
print(d2.get('zz'), 'zz' in d2)
try:
    defaultdict(None)['q']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
c = counts.copy()
c['z'] = 9
print(type(c).__name__, c['z'], 'z' in counts)
print(defaultdict(list, {'a': [1]}) | {'b': [2]})
