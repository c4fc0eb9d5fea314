# fsum is exactly rounded (Shewchuk), unlike sum.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)))
print(math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, 1.0]))
for bad in [[math.inf, -math.inf], [1e308, 1e308], ["a"]]:
    try:
        math.fsum(bad)
    except Exception as e:
        print(type(e).__name__, e)
