# copysign, fmod, modf, frexp, ldexp, isclose, prod.
import math
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, math.nan), math.copysign(0.0, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(3, math.inf))
print(math.modf(3.5), math.modf(-2.0), math.modf(-3.25), math.modf(math.inf), math.modf(0.0))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(5e-324), math.frexp(-3), math.frexp(0.0), math.frexp(1e308))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, 1023 - 2), math.ldexp(0.75, -1073))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2], start=2), math.prod(range(1, 21)), math.prod(["ab"], start=3))
