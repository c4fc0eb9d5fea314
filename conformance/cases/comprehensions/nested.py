# Nested comprehensions: flattening, transposing, products.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([(a, b) for a in range(3) for b in range(a)])
print([[0] * n for n in range(4)])
print([x * y for x in [1, 2, 3] for y in [10, 100] if x != 2])
print([[c for c in w] for w in ['ab', 'cd']])
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(identity)
print([a + b for a in 'xy' for b in 'xyz' if a != b])
print(sum([[1, 2], [3]], []) == [x for l in [[1, 2], [3]] for x in l])
