# Building dicts and lists from comprehension results.
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
index = {}
for w in words:
    index[w[0]] = [x for x in words if x[0] == w[0]]
print(index)
lengths = [(w, len(w)) for w in words]
d = {}
for w, n in lengths:
    d[w] = n
print(d)
print([k for k in d if d[k] > 6])
print(sorted([v for v in d.values()], reverse=True))
counts = [[c, sum(1 for ch in 'abracadabra' if ch == c)] for c in 'abrcd']
print(counts)
print(sum(n for w, n in lengths if w.startswith('b')))
