# + and * on lists, augmented assignment aliasing, comparisons.
a = [1, 2]
b = [3]
print(a + b, b + a, a * 3, 3 * b, [0] * 5, a * 0, [] * 10)
c = a
c += [9]
print(a, c, a is c)
d = a
d = d + [10]
print(a, d, a is d)
grid = [[0] * 3] * 2
grid[0][0] = 5
print(grid)
grid2 = [[0] * 3, [0] * 3]
grid2[0][0] = 5
print(grid2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, 2] == [1, 2], [1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])
print([1, 2.0] == [1.0, 2], ['a'] < ['b'], [[1]] < [[1, 0]])
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
e = [1]
e *= 3
print(e)
