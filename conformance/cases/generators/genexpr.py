# Generator expressions: laziness, single use, as call arguments, nested.
gen = (x * x for x in range(5))
print(type(gen).__name__)
print(next(gen), next(gen))
print(list(gen))
print(list(gen))
print(sum(x for x in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(sorted((c for c in 'banana'), reverse=True))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
log = []
def noisy(x):
    log.append(x)
    return x
lazy = (noisy(x) for x in range(3))
print(log)
print(next(lazy), log)
pairs = list((a, b) for a in range(3) for b in range(a))
print(pairs)
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(g)) for i, g in nested])
print(dict((k, len(k)) for k in ['one', 'three']))
print(tuple(str(i) for i in range(4)), set(x % 3 for x in range(10)) == {0, 1, 2})
print(' '.join(w.capitalize() for w in 'hello big world'.split()))
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
src = [1, 2, 3]
g = (v * 2 for v in src)
src.append(4)
print(list(g))
