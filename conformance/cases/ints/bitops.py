# Bitwise operations, including negative and big operands.
print(12 & 10, 12 | 10, 12 ^ 10)
print(~0, ~5, ~-1, ~-6)
print(1 << 10, 1 << 100, 5 << 0)
print(1024 >> 3, 7 >> 1, -5 >> 1, -1 >> 10, -8 >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
big = 2 ** 100 - 1
print(big & (2 ** 64 + 5))
print((2 ** 100 - 1) & -(2 ** 50))
print(-1 ^ 2 ** 70)
print(2 ** 90 | 2 ** 3)
print(~(2 ** 80))
print((3 << 70) >> 69)
print(-(2 ** 70) >> 3, -(2 ** 70) >> 100)
print(0xFFFFFFFF + 1, 0xFFFFFFFF & 0x0F0F0F0F)
print(2 ** 31 << 1, -(2 ** 31) << 1)
x = 0
for i in range(0, 64, 3):
    x = x | (1 << i)
print(x)
print(x >> 32, x & 0xFFFFFFFF)
