# sys.getsizeof of dicts: 64 + CPython 3.11's keys object, sized and resized as dictobject.c does.
import sys
g = sys.getsizeof
def growth(key):
    d = {}
    out = []
    for i in range(150):
        d[key(i)] = i
        if not out or out[-1][1] != g(d):
            out.append((i + 1, g(d)))
    return out
print('int keys', growth(lambda i: i))
print('str keys', growth(lambda i: 'k' + str(i)))
print('str then int', growth(lambda i: 'k' + str(i) if i < 3 else i)[:4])
print('tuple keys', growth(lambda i: (i, i))[:3])
sizes = [0, 1, 5, 6, 10, 11, 21, 22, 42, 43, 90]
print('comprehension', [g({i: i for i in range(n)}) for n in sizes])
print('dict(pairs)', [g(dict((i, i) for i in range(n))) for n in sizes])
print('dict(dict)', [g(dict({i: i for i in range(n)})) for n in sizes])
print('copy', [g({i: i for i in range(n)}.copy()) for n in sizes])
print('unpack', [g({**{i: i for i in range(n)}}) for n in sizes])
print('fromkeys', [g(dict.fromkeys(range(n))) for n in sizes])
print('fromkeys(dict)', [g(dict.fromkeys({i: 0 for i in range(n)})) for n in sizes])
print('fromkeys(set)', [g(dict.fromkeys(set(range(n)))) for n in sizes])
x = 1
print('displays', g({}), g({'a': 1}), g({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}),
      g({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}), g({x: 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print('kwargs', g(dict(a=1, b=2)), g(dict(a=1, b=2, c=3, d=4, e=5, f=6)), g(dict({'a': 1}, b=2)))
d = {i: i for i in range(20)}
for i in range(15):
    del d[i]
print('after del', g(d), g(d.copy()), g(dict(d)))
d[100] = 1
print('reinsert', g(d))
d.clear()
print('clear', g(d))
d['a'] = 1
print('after clear', g(d))
d = {i: i for i in range(10)}
d.popitem()
print('popitem', g(d), g(d.copy()))
d = {i: i for i in range(3)}
d.update({i: i for i in range(3, 30)})
print('update', g(d))
print('or', g({1: 1} | {i: i for i in range(10)}))
d = {1: 1}
alias = d
d |= {i: i for i in range(10)}
print('ior', g(d), alias is d)
d = {'a': 1}
d[1] = 2
print('str then non-str', g(d))
d = {}
for i in range(100):
    d[i] = i
    if i % 3 == 0:
        del d[i // 2]
print('churn', g(d), len(d), g(d.copy()))
