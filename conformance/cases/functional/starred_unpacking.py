# Starred unpacking in calls, assignments and literals.
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = range(1)
print(head, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
nums = [3, 1, 2]
print(*nums)
print(*nums, sep='-')
print(max(*nums), [*nums, 0, *'xy'], (*nums,), {*nums})
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2}, {**d2, **d1}, {'z': 0, **d1})
print([*range(3), *[10, 11]], [*d1], (*d1.values(),))
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(1, *(2, 3)), f(*[1], **{'c': 3, 'b': 2}))
x, y = y, x = 1, 2
print(x, y)
p, q = q, p = 'pq'
print(p, q)
m, n = 1, 2
m, n = n, m
print(m, n)
(s, t), u = 'ab', 'c'
print(s, t, u)
[v, w] = [7, 8]
print(v, w)
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
