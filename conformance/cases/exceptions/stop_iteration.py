# StopIteration from next(), the default argument, and iterator exhaustion.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args, e.value)
print(next(it, 'default'), next(iter(''), None))
def gen():
    yield 'a'
    return 'result'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('generator returned', repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print('again', e.value)
try:
    next(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
d = {'x': 1}
di = iter(d)
print(next(di), next(di, 'end'))
e = StopIteration(42)
print(e.value, e.args, str(e))
r = iter(range(2))
print(list(r), list(r))
z = zip([1, 2], 'ab')
print(next(z), next(z), next(z, 'zip done'))
