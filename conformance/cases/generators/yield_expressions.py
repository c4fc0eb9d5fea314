# yield as an expression: in assignments, arguments and conditionals; bare yield yields None.
def g():
    x = yield 1
    print('x =', x)
    y = (yield x) or 'default'
    print('y =', y)
    yield
    print('after bare yield')
    z = yield 'z?'
    return z
it = g()
print(next(it))
print(it.send('A'))
print(it.send(None))
print(next(it))
try:
    it.send('Z')
except StopIteration as e:
    print('returned', e.value)
def squares_until_none():
    result = 0
    while True:
        n = yield result
        if n is None:
            return 'stopped'
        result = n * n
s = squares_until_none()
print([next(s)] + [s.send(i) for i in range(1, 5)])
def conditional(flag):
    if flag:
        yield 'yes'
    else:
        return
    yield 'more'
print(list(conditional(True)), list(conditional(False)))
def mixed():
    yield 1
    yield [2, 3]
    yield None
    yield from ()
    yield (4, 5)
print(list(mixed()))
print(list(yield_value for yield_value in range(3)))
