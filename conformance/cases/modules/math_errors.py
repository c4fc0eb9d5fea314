# math error messages, as CPython 3.11 words them.
import math
tests = [
    ('sqrt(-1)', lambda: math.sqrt(-1)), ('log(0)', lambda: math.log(0)), ('log(-5)', lambda: math.log(-5)),
    ('log(-2**2000)', lambda: math.log(-2 ** 2000)), ('log(1, 1)', lambda: math.log(1, 1)),
    ('exp(1000)', lambda: math.exp(1000)), ('pow(0, -1)', lambda: math.pow(0, -1)),
    ('pow(10, 400)', lambda: math.pow(10, 400)), ('pow(-8, 1/3)', lambda: math.pow(-8, 1 / 3)),
    ('acos(2)', lambda: math.acos(2)), ('sin(inf)', lambda: math.sin(math.inf)),
    ('fmod(inf, 1)', lambda: math.fmod(math.inf, 1)), ('ldexp(1.0, 2000)', lambda: math.ldexp(1.0, 2000)),
    ('ldexp(1.0, 1.5)', lambda: math.ldexp(1.0, 1.5)),
    ('factorial(-1)', lambda: math.factorial(-1)), ('factorial(2.5)', lambda: math.factorial(2.5)),
    ('factorial(5.0)', lambda: math.factorial(5.0)), ('gcd(1.5)', lambda: math.gcd(1.5)),
    ('comb(-1, 2)', lambda: math.comb(-1, 2)), ('comb(5, -2)', lambda: math.comb(5, -2)),
    ('perm(-3)', lambda: math.perm(-3)), ('isqrt(-1)', lambda: math.isqrt(-1)),
    ('sqrt("x")', lambda: math.sqrt("x")), ('isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1)),
    ('cosh(1000)', lambda: math.cosh(1000)), ('atanh(1)', lambda: math.atanh(1)),
]
for name, f in tests:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
