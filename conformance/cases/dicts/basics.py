# Dict creation, lookup, update by key, len, membership, del.
d = {'one': 1, 'two': 2, 'three': 3}
print(d, len(d))
print(d['two'], d.get('two'), d.get('four'), d.get('four', 4))
d['two'] = 22
print(d)
d['four'] = 4
print(d, len(d))
print('one' in d, 'five' in d, 1 in d, 'five' not in d)
del d['one']
print(d)
d['one'] = 111
print(d)
empty = {}
print(empty, len(empty), empty == {})
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 2} != {1: 3})
n = {1: 'int', 2.5: 'float', 'k': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?'}
print(n)
print(n[1], n[(1, 2)], n[None], n[1.0])
print({1: 'a', True: 'b', 1.0: 'c'})
print({0: 'zero', False: 'false', -0.0: 'negzero'})
