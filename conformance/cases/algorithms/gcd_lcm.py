# Euclid's algorithm, also on big integers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75), gcd(-12, 18))
print(lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 31):
    l = lcm(l, i)
print(l)
print(gcd(2 ** 100 * 3 ** 20, 2 ** 50 * 3 ** 40 * 5))
print(gcd(10 ** 30 + 7, 10 ** 25 + 3))
def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b
a, b = fib_pair(150)
print(a, b, gcd(a, b))
