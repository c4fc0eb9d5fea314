# repr of lists holding every foundation type.
print([1, -2, 3.5, -0.0, 1e16, 1e-5, float('inf'), float('nan')])
print(['a', "it's", 'q"q', '\t', '\U0001F600', ''])
print([None, True, False])
print([(1,), (), (1, 2), [], [[]], {}, {1: [2]}])
print([range(3), range(1, 10, 2)])
print([2 ** 100, -(2 ** 100)])
print(str([1, 'a']), repr([1, 'a']))
