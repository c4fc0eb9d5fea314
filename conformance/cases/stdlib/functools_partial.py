from functools import partial

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
print(square(5), square(3, mod=4))
two_to = partial(power, 2)
print(two_to(10), two_to.args, two_to.keywords)
print(two_to.func is power)
p = partial(max, 1, 2)
print(p, p(3), p(0))
print(partial(sorted, key=len))
print(partial(int, base=2)('1011'))
q = partial(partial(print, 'a', sep='-'), 'b', end='!\n')
print(q.func is print, q.args, q.keywords)
q('c')
print(repr(partial(pow, 2, 3)))
print(partial(divmod)(17, 5))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)
try:
    partial(1)
except TypeError as e:
    print('TypeError:', e)
class MyPartial(partial):
    pass
print(MyPartial(min, 4))
print(callable(square), isinstance(square, partial))
