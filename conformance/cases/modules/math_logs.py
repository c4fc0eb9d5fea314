# math.log with one or two arguments, log2, log10, and logs of ints beyond 2**1024.
import math
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(81, 3))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.log(2 ** 2000), math.log(2 ** 2000, 2), math.log2(2 ** 1500), math.log10(10 ** 400))
print(math.log(10 ** 1000), math.log(3 ** 900, 3))
print(math.log1p(1e-10), math.expm1(1e-10))
