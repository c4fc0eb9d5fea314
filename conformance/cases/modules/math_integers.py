# Exact integer functions: factorial, gcd, lcm, comb, perm, isqrt.
import math
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(20), math.factorial(25))
print(len(str(math.factorial(500))), math.factorial(100) % 10 ** 30)
print(math.gcd(12, 18), math.gcd(), math.gcd(7), math.gcd(-4, 6, 10), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(2, 3, 4), math.lcm(-4, 6))
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50), math.comb(60, 30))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(1), math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
