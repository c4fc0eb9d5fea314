# Trigonometry and hypot.
import math
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.asin(1), math.acos(0), math.atan(1), math.asin(0.5), math.acos(0.5))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0), math.atan2(0.0, 0.0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 2, 3), math.hypot(), math.hypot(-7))
print(math.hypot(1e308, 1e308), math.hypot(0.1, 0.2), math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(0), math.atanh(0))
