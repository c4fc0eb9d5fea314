# math constants and basic float functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.fabs(-3), math.fabs(2.5))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(0.5))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
