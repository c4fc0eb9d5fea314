# TypeError messages for wrong argument counts of builtin functions and methods: METH_O and
# METH_NOARGS name the function in full (str.join(), math.sqrt()), Argument Clinic's checks do not.
import math, sys, gc, time, random, operator
calls = [
    lambda: math.sqrt(), lambda: math.floor(1, 2), lambda: sys.getrefcount(), lambda: gc.collect(1, 2),
    lambda: time.time(1), lambda: random.random(1), lambda: operator.neg(), lambda: math.pow(1),
    lambda: sys.exit(1, 2), lambda: gc.isenabled(1), lambda: [].copy(1), lambda: {}.keys(1),
    lambda: (1.5).is_integer(1), lambda: 'a'.isdigit(1), lambda: set().pop(1), lambda: b''.decode(1, 2, 3),
    lambda: ''.startswith(), lambda: ''.endswith('a', 1, 2, 3), lambda: ''.find(), lambda: ''.rindex(1, 2, 3, 4),
    lambda: ''.count(), lambda: [].count(), lambda: ().index(), lambda: {}.fromkeys(),
    lambda: 'a'.encode(1, 2, 3), lambda: [].reverse(1), lambda: [].remove(), lambda: {}.popitem(1),
    lambda: {1}.issubset(), lambda: {1}.isdisjoint([1], [2]), lambda: {1}.issuperset(), lambda: 'a'.zfill(),
    lambda: divmod(1), lambda: getattr(1), lambda: isinstance(1), lambda: id(), lambda: next(),
    lambda: repr(), lambda: chr(), lambda: ord(), lambda: hash(), lambda: callable(),
    lambda: (1).to_bytes(1, 2, 3, 4), lambda: (1).to_bytes(1, 'big', 3), lambda: 'a'.center(),
    lambda: ''.join('a', 'b'), lambda: [].append(), lambda: [].append(x=1), lambda: len(x=1),
    lambda: math.sqrt(x=4), lambda: [].pop(1, 2), lambda: {}.get(), lambda: [].insert(1),
    lambda: 'a'.upper(1), lambda: (1).bit_length(2), lambda: {1}.add(), lambda: {}.setdefault(),
    lambda: sys.set_int_max_str_digits(1, 2), lambda: sys.set_int_max_str_digits(maxdigits=0, x=1),
]
for i, f in enumerate(calls):
    try:
        f()
        print(i, 'no error')
    except TypeError as e:
        print(i, e)
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset(x for x in [1]), {1}.isdisjoint('ab'), {3}.issubset(range(5)))
