# floor, ceil and trunc return ints, big ones for big floats; errors for inf and nan.
import math
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(math.floor(1e20), math.ceil(1e300) == 10 ** 300, math.floor(10 ** 30), math.ceil(True), type(math.floor(3.0)).__name__)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.0))
for f in [math.floor, math.ceil, math.trunc]:
    for x in [math.inf, -math.inf, math.nan]:
        try:
            f(x)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    math.floor("3")
except TypeError as e:
    print(e)
try:
    math.trunc("3")
except TypeError as e:
    print(e)
