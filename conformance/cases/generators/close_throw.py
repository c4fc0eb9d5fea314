# backend: refcount, generational, incremental
# close() raises GeneratorExit inside the generator; throw() injects an exception.
def worker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print('cleanup on close')
        raise
    finally:
        print('finally runs')
w = worker()
print(next(w), next(w))
w.close()
print('closed')
w.close()
print(next(w, 'closed generator is exhausted'))
def resilient():
    while True:
        try:
            yield 'ok'
        except ValueError as e:
            print('handled', e)
            yield 'recovered'
r = resilient()
print(next(r))
print(r.throw(ValueError('bad')))
print(next(r))
try:
    r.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(next(r, 'dead'))
def never_started():
    print('never printed')
    yield 1
g = never_started()
g.close()
print(list(g))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('with_finally cleanup')
for x in with_finally():
    print('x', x)
    break
print('after break')
