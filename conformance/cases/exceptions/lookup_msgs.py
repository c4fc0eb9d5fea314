# KeyError repr of the key and IndexError messages for lists, tuples, strings, ranges.
d = {'a': 1}
for key in ['missing', 42, (1, 2), None, 3.5, '', "it's"]:
    try:
        d[key]
    except KeyError as e:
        print('KeyError', e, repr(e), e.args)
cases = [
    lambda: [1, 2, 3][3],
    lambda: [][0],
    lambda: [1][-2],
    lambda: (1, 2)[5],
    lambda: 'abc'[3],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: [1].pop(4),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: d.pop('zz'),
]
for f in cases:
    try:
        f()
    except LookupError as e:
        print(type(e).__name__ + ':', e)
lst = [1, 2]
try:
    lst[2] = 0
except IndexError as e:
    print('assign:', e)
try:
    del lst[9]
except IndexError as e:
    print('del:', e)
try:
    del d['nope']
except KeyError as e:
    print('del key:', e)
print(lst, d)
