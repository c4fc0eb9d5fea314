# Floor division and modulo with negative operands follow floor semantics.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, a // b * b + a % b == a)
print(-2 ** 70 // 3, -2 ** 70 % 3)
print(2 ** 70 // -3, 2 ** 70 % -3)
print(-(10 ** 25) // (10 ** 12 + 7), -(10 ** 25) % (10 ** 12 + 7))
print(-9007199254740993 // 2, -9007199254740993 % 2)
print(-1 // 2, -1 % 2, 1 // -2, 1 % -2)
