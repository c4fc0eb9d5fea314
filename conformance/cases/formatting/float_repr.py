# repr/str of floats: shortest round-trip repr, exponents, special values, rounding.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17, 1.5e-5, 0.0001,
        123456789.123, 1e22, 1e-7, 5e-324, 1.7976931348623157e308, -0.0, 2.5, 3.0e10]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(123.456, -1))
print(round(0.5), round(1.5), round(7.25, 1), round(7.35, 1), round(1234, -2), round(-0.4))
print(1e300 * 1e10, -1e300 * 1e10, 2 ** 0.5, 10 / 4, 7 // 2.0, -7 / 2)
print(float(10 ** 20), float(2 ** 53 + 1), 0.1 * 3, 1.1 * 1.1)
print([1.0, 2.50, 1e-3], (0.5,), {1.25: 2.0})
print(str(1e5), str(1e-5), repr(12.0), 1.0e0, 3.14e2)
