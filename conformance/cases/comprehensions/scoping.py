# Comprehension variables do not leak; they can read enclosing names.
x = 'outer'
squares = [x * x for x in range(5)]
print(x, squares)
n = 3
print([i * n for i in range(4)])
def scale(values, factor):
    return [v * factor for v in values]
print(scale([1, 2, 3], 10), scale([0.5], 3))
def make():
    base = 100
    return [base + i for i in range(3)]
print(make())
funcs_results = [len(s) for s in ['x', 'yy', 'zzz']]
print(funcs_results)
i = 'unchanged'
total = sum(i for i in range(10))
print(i, total)
data = [[1, 2], [3, 4]]
print([[v * row[0] for v in row] for row in data])
