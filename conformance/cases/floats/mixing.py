# Mixing ints and floats.
print(1 + 1.0, 2 * 0.5, 3 - 0.25, 7 / 7)
print(2 ** 53 + 1.0, 2 ** 53 + 2.0)
print(10 ** 20 * 1.0, 10 ** 16 + 0.5)
print(3 * 0.1, 0.1 * 3)
print(1 == 1.0, 1 < 1.5, 2 > 1.9999999999999998, 2 == 1.9999999999999999)
print(2 ** 53 + 1 == 2 ** 53 + 1.0, 2 ** 53 + 1 > 2.0 ** 53)
print(True + 0.5, False * 2.5)
print(int(2.999999999999999), int(2.9999999999999999))
print(float(7), float(-3), float(2 ** 63), float(True))
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
total = 0
for i in range(10):
    total += 0.1
print(total)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total)
print(100 * 1.1, 3 * 1.1)
print(abs(-3), abs(-3.5), abs(2 - 5.5))
