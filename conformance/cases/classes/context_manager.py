# __enter__/__exit__: with statements, exceptions inside with, suppression, nesting.
class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('<' + self.name + '>')
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('</' + self.name + '>', exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tag('a') as v:
    print('inside', v)
with Tag('outer'), Tag('inner') as w:
    print('both', w)
try:
    with Tag('b'):
        print('about to fail')
        raise ValueError('boom')
        print('unreachable')
except ValueError as e:
    print('caught', e)
with Tag('c', suppress=True):
    1 / 0
print('after suppressed')
def f():
    with Tag('ret'):
        return 'returned'
print(f())
for i in range(3):
    with Tag('loop' + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
with Tag('x') as (n):
    pass
print(n)
try:
    with Tag('outer2', suppress=False):
        with Tag('inner2', suppress=True):
            raise KeyError('k')
        print('inner suppressed')
        raise TypeError('t')
except TypeError as e:
    print('outer got', repr(e))
