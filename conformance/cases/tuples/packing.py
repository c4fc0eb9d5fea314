# Tuple packing and unpacking.
t = 1, 2, 3
print(t, len(t), isinstance(t, tuple))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, y = 'hi'
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
for i, ch in [(1, 'a'), (2, 'b')]:
    print(i, ch)
def pair():
    return 'left', 'right'
left, right = pair()
print(left, right, pair())
a = b = 5
print(a, b)
i, j, k = range(3)
print(i, j, k)
first, (second, third), fourth = 1, [2, 3], 4
print(first, second, third, fourth)
