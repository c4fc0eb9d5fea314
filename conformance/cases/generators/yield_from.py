# yield from delegates to a subgenerator and evaluates to its return value.
def inner(n):
    for i in range(n):
        yield i
    return f'inner({n}) done'
def outer():
    r1 = yield from inner(2)
    print('r1 =', r1)
    r2 = yield from inner(3)
    print('r2 =', r2)
    yield from 'xy'
    yield from [10, 20]
    return 'outer done'
g = outer()
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def wrapper():
    result = yield from outer()
    yield 'wrapper saw ' + result
print(list(wrapper()))
def echo_sub():
    got = []
    while True:
        x = yield
        if x is None:
            return got
        got.append(x)
def delegator():
    result = yield from echo_sub()
    yield result
d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), {7: 'a'})))
