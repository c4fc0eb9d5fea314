# Many insertions and deletions keep order and size right.
d = {}
for i in range(100):
    d[i] = i * i
for i in range(0, 100, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(0, 10):
    d[i] = -i
print(len(d), list(d)[-10:])
total = 0
for k in d:
    total += d[k]
print(total)
big = {}
for i in range(2000):
    big[str(i)] = i
print(len(big), big['1999'], big['0'])
for i in range(1990):
    del big[str(i)]
print(big)
aliased = big
aliased['new'] = 1
print(len(big))
