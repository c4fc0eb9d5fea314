# Arbitrary-precision integers.
print(2 ** 200)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a + b, a - b, b - a)
print(b // a, b % a)
print(10 ** 50 + 1)
print((10 ** 30) * (10 ** 30) == 10 ** 60)
n = 1
for i in range(1, 31):
    n = n * i
print(n)
print(3 ** 100)
print(-(7 ** 40))
print(2 ** 100 // 3, 2 ** 100 % 3)
print(9007199254740991 + 1, 9007199254740991 + 2)
print(9007199254740993 * 3)
print(2 ** 53 + 1)
x = 2 ** 62
print(x + x, x * 4, x * x)
print(len(str(2 ** 1000)))
print(-2 ** 65 // 7, -2 ** 65 % 7)
print(12345678901234567890 - 12345678901234567889)
big = 10 ** 40
print(big - big, big // big, big == 10 ** 40, big != big + 1)
print(big > 10 ** 39, -big < -(10 ** 39))
