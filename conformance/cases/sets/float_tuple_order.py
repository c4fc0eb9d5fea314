# Floats, mixed numbers, tuples and bools in sets: their order follows their CPython hashes.
print({1.5, 0.25, -3.75, 2.0, 1e10, 0.1, 0.2})
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {True, 2, 1.0})
print({0.5, 1, 1.5, 2, 2.5, 3}, set([3.0, 2, 1.0]))
print({float('inf'), float('-inf'), 1e300, -1e-300, 5e-324})
print({(1, 2), (3, 4), (0, 0), (5, 1)})
a, b, c, d = (1, 2), (3, 4), (0, 0), (5, 1)
print({a, b, c, d}, set([d, c, b, a]))
print({(i, j) for i in range(4) for j in range(3)})
print({((1, 2), 3), (1, (2, 3)), ((), ()), (1.5, -2), ()}, set([((1, 2), 3), (1, (2, 3)), ((), ())]))
print({True, False}, {False, True}, {True, 3, False, 2})
print(set([(i, -i) for i in range(12)]))
grid = {(x, y) for x in range(-2, 3) for y in range(-2, 3) if (x + y) % 2 == 0}
print(len(grid), grid)
