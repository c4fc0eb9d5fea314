# yield suspends a function; state is kept between next() calls.
def counter(limit):
    print('start')
    n = 0
    while n < limit:
        print('yielding', n)
        yield n
        print('resumed after', n)
        n += 1
    print('finished')
g = counter(3)
print(type(g).__name__)
print('created, nothing run yet')
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(next(g, 'exhausted'))
def letters():
    yield 'a'
    yield 'b'
    yield 'c'
print(list(letters()), ''.join(letters()), tuple(letters()))
for ch in letters():
    print('got', ch)
def with_locals():
    total = 0
    for i in range(1, 5):
        total += i
        yield total
print(list(with_locals()))
g1, g2 = letters(), letters()
print(next(g1), next(g1), next(g2))
def empty():
    return
    yield
print(list(empty()))
