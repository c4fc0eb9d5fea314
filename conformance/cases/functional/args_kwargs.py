# *args and **kwargs: collecting, forwarding, mixing with defaults and keyword-only parameters.
def show(*args, **kwargs):
    return f'args={args} kwargs={kwargs}'
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, *[2, 3], x=4, **{'y': 5}))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def config(name, *, verbose=False, level=1):
    return name, verbose, level
print(config('a'), config('b', level=3), config('c', verbose=True, level=0))
try:
    config('d', True)
except TypeError as e:
    print('TypeError:', e)
def pos_only(a, b, /, c, d=4):
    return a, b, c, d
print(pos_only(1, 2, 3), pos_only(1, 2, c=5), pos_only(1, 2, 3, d=0))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print('TypeError:', e)
def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    return [a, b, c, args, d, e, kw]
print(everything(1, d=4))
print(everything(1, 2, 3, 4, 5, d=6, f=7))
def forward(*args, **kwargs):
    return everything(*args, **kwargs)
print(forward(9, d=0, z=1))
def kw_names(**kw):
    return list(kw.items())
print(kw_names(z=1, a=2, m=3))
opts = {'verbose': True}
print(config('e', **opts))
try:
    show(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)
def pos_and_kw(a, **kw):
    return a, kw
print(pos_and_kw(1, a_=2, b=3))
