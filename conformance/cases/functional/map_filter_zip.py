# map, filter, zip and enumerate: laziness, multiple iterables, strict lengths.
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1, 2])))
names = ['a', 'b', 'c']
ages = [1, 2, 3]
print(dict(zip(names, ages)))
pairs = list(zip(names, ages))
print(list(zip(*pairs)))
print(list(enumerate('xyz')), list(enumerate('xy', start=10)))
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
m = map(lambda x: x + 1, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print('ValueError:', e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(sum(map(len, ['ab', 'cde'])), max(map(abs, [-7, 3])))
print(list(map(str.upper, filter(str.isalpha, ['a1', 'bc', 'd', '2']))))
print(list(reversed(list(enumerate('ab')))))
print(list(zip(range(3), range(10, 13), 'abc')))
