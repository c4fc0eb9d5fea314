# Basic int arithmetic and operator precedence.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b)
print(a / b)
print(-a, +a, -(-a))
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 10, 2 ** 0, 0 ** 0)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
print(10 - 2 - 3, 100 // 10 // 3)
x = 7
x += 3
print(x)
x -= 1
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 5
print(x)
print(1_000_000 + 1)
print(0x1F, 0o17, 0b1011)
print(0 if False else 00)
