# TypeError messages from operators, indexing, hashing and iteration.
lst, tup, text, five = [1, 2], (1,), 'abc', 5
ops = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + (2,),
    lambda: 'a' * 'b',
    lambda: -'a',
    lambda: 1 < 'a',
    lambda: [1] < 2,
    lambda: None > 0,
    lambda: lst['x'],
    lambda: tup[1.0],
    lambda: text[None],
    lambda: {[1]: 2},
    lambda: {1, {}},
    lambda: iter(5),
    lambda: len(None),
    lambda: sum(['a', 'b']),
    lambda: int(None),
    lambda: five[0],
    lambda: abs('x'),
    lambda: 'x'.join([1, 2]),
    lambda: ''.join('a', 'b'),
    lambda: sorted([1, 'a']),
    lambda: 3 ** 'x',
]
for i, f in enumerate(ops):
    try:
        f()
        print(i, 'no error')
    except TypeError as e:
        print(i, e)
x = (1, 2)
try:
    x[0] = 5
except TypeError as e:
    print('tuple assign:', e)
s = 'abc'
try:
    s[0] = 'z'
except TypeError as e:
    print('str assign:', e)
try:
    del s[0]
except TypeError as e:
    print('str del:', e)
