from itertools import islice, count

s = 'ABCDEFG'
print(list(islice(s, 2)))
print(list(islice(s, 2, 4)))
print(list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)))
print(list(islice(s, None)))
print(list(islice(s, None, None, 3)))
print(list(islice(s, 1, 100, 4)))
print(list(islice(s, 5, 2)))
print(list(islice(count(), 3, 20, 5)))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
for args in [(-1,), (1, -1), (-1, 3), (0, 3, 0), (0, 3, -1), ('a',), (1, 'b'), (None, None, 'c')]:
    try:
        islice(s, *args)
    except ValueError as e:
        print(args, 'ValueError:', e)
try:
    islice(s)
except TypeError as e:
    print('TypeError:', e)
try:
    islice(s, 1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
