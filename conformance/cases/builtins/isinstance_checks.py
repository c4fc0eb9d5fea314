# isinstance with single types and tuples of types.
values = [0, 1.5, 'a', [1], (1,), {'k': 1}, None, True, range(2), 2 ** 80]
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, str),
          isinstance(v, list), isinstance(v, tuple), isinstance(v, dict), isinstance(v, bool))
print(isinstance(3, (str, int)), isinstance(3.0, (str, int)), isinstance('x', (list, (tuple, str))))
print(isinstance(True, int), isinstance(False, bool), isinstance(1, bool))
print(isinstance(range(3), range), isinstance(None, (int, str)))
