# Matrix multiplication with nested lists.
def matmul(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    result = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        result.append(row)
    return result
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
identity = [[1, 0], [0, 1]]
print(matmul(identity, [[5, 6], [7, 8]]))
fibm = [[1, 1], [1, 0]]
m = identity
for i in range(90):
    m = matmul(m, fibm)
print(m)
f = [[0.5, 0.25], [0.125, 2.0]]
print(matmul(f, f))
def transpose(m):
    t = []
    for j in range(len(m[0])):
        row = []
        for i in range(len(m)):
            row.append(m[i][j])
        t.append(row)
    return t
print(transpose(a), transpose(transpose(a)) == a)
