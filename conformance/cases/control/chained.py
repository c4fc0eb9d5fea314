# Chained comparisons, is / is not, in / not in.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < 2 < 3 < 4 < 5 > 0)
print(1 < x < 3, x == 5 == 5.0, 1 <= 1 < 2 != 3)
def val(v):
    print('eval', v)
    return v
print(val(1) < val(2) < val(0) < val(3))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(3 in [1, 2, 3], 'b' in 'abc', 4 not in (1, 2), 'k' in {'k': 1})
print(not 1 in [1], (not 1) in [False])
