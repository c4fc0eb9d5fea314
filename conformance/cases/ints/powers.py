# Powers: int results, negative exponents give floats.
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** 3, (-2) ** 4, (-1) ** 101)
print(7 ** 0, 0 ** 5, 1 ** 1000)
print(5 ** 25)
print((-3) ** 41)
print(2 ** 0.5)
print(4 ** 0.5, 8 ** (1 / 3))
print(10 ** 20, 10 ** 21, 10 ** 22)
print(12 ** 12 ** 1)
print(2 ** 10 ** 2)
total = 0
for k in range(10):
    total += 3 ** k
print(total)
