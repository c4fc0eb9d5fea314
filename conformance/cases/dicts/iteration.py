# Iterating keys, values and items keeps insertion order.
d = {}
for w in ['pear', 'apple', 'fig', 'banana']:
    d[w] = len(w)
for k in d:
    print(k, d[k])
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(f"{k:>8} -> {v}")
total = 0
for v in d.values():
    total += v
print(total)
print(sorted(d), sorted(d.values()), sorted(d.items()))
print(len(d.keys()), 'fig' in d.keys(), 3 in d.values(), ('fig', 3) in d.items())
del d['apple']
d['apple'] = 0
print(list(d))
print(d.keys(), d.values(), d.items())
