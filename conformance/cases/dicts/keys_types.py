# Keys of different hashable types; equal numbers are the same key.
d = {}
d[1] = 'int one'
d[1.0] = 'float one'
d[True] = 'true'
d[2] = 'two'
d['1'] = 'string one'
d[(1,)] = 'tuple one'
d[None] = 'none'
d[2 ** 70] = 'big'
d[-0.0] = 'negative zero'
print(d)
print(len(d), d[1], d[0.0], d[0], d[2 ** 70])
print(1.0 in d, 0 in d, '2' in d, (1,) in d, (1, 2) in d)
e = {(1, 'a'): [1], (1, ('b', 2)): 'nested tuple key'}
print(e[(1, ('b', 2))], (1, 'a') in e)
