# repr(x) parses back to the same float; repr chooses the shortest form.
values = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e-5, 1e-7, 123.456, 1e308, 5e-324,
          0.1 + 0.2, 100.0, 1e15 + 0.3, 2.5, 1234567.0, 0.000123, 9.999999999999999e22]
for v in values:
    s = repr(v)
    print(s, float(s) == v)
x = 1.0
for i in range(25):
    x = x * 3.7
    print(x)
y = 1.0
for i in range(12):
    y = y / 7
print(y)
print(1e-6, 1e-7, 1.5e-5, 0.0001234)
print(1234567890123456.7, 12345678901234567.8, 123456789012345678.9)
