# ValueError messages from int(), float(), unpacking, list.index/remove and friends.
bad = ['abc', '', '1.5', '12a', ' ', '0x1f', '1_000_', '--1']
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print(e)
try:
    int('z', 36)
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int('10', 99)
except ValueError as e:
    print(e)
for s in ['x', '1.2.3', 'nan!']:
    try:
        float(s)
    except ValueError as e:
        print(e)
cases = [
    lambda: [1, 2].index(9),
    lambda: [1, 2].remove(9),
    lambda: 'abc'.index('z'),
    lambda: (1, 2).index(3),
    lambda: 'a,b'.split(''),
    lambda: chr(-1),
    lambda: range(1, 5, 0),
    lambda: bytes([300]),
]
for f in cases:
    try:
        f()
    except ValueError as e:
        print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
print(int(' 42 '), int('-0'), int('1_000'), float(' 2.5 '), int('ff', 16), int('0b101', 0))
