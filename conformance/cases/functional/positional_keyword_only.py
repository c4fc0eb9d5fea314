# Positional-only (/) and keyword-only (*) parameters, with defaults and introspection.
def f(a, b=2, /, c=3, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, d=4))
print(f(1, 20, 30, d=40, e=50))
print(f(1, c=7, d=8))
for call in [lambda: f(d=1), lambda: f(1, 2, 3, 4), lambda: f(1, b=2, d=3), lambda: f(1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
def kw(**kwargs):
    return kwargs
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def only_kw(*, name, greeting='hi'):
    return f'{greeting} {name}'
print(only_kw(name='ann'), only_kw(greeting='yo', name='bob'))
def sep(a, *, b):
    return a - b
print(sep(10, b=3), sep(b=3, a=10))
print(f.__defaults__, f.__kwdefaults__)
print(divmod(7, 2), pow(2, 5, 3), sorted([3, 1], reverse=True))
try:
    divmod(a=7, b=2)
except TypeError as e:
    print('TypeError:', e)
