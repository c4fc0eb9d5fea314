# Truth values in conditions.
things = [0, 1, -1, 0.0, 0.5, '', 'a', [], [[]], (), (0,), {}, {0: 0}, None, True, False, range(0), range(3)]
for t in things:
    if t:
        print(repr(t), 'truthy')
    else:
        print(repr(t), 'falsy')
n = 3
while n:
    print('n =', n)
    n -= 1
items = [1, 2]
while items:
    items = items[1:]
    print(items)
