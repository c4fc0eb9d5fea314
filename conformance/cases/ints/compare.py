# Integer comparisons, including chained comparisons and big values.
print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 == 5, 5 != 5)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1)
print(-5 < -3, -(2 ** 80) < 2 ** 80, 2 ** 80 == 2 ** 80)
print(2 ** 64 > 2 ** 64 - 1, 2 ** 64 + 1 > 2 ** 64)
print(max(3, 2 ** 70, -2 ** 90), min(3, 2 ** 70, -2 ** 90))
x = 10
print(0 < x <= 10, 0 < x < 10)
print(x == 10.0, x == 10.5, x < 10.5)
print(2 ** 53 + 1 == 2 ** 53 + 1.0, 2 ** 53 == 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308)
