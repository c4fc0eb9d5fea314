from itertools import tee, zip_longest, pairwise

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z))
print(tee([1], 0))
it = iter(range(5))
p, q = tee(it)
print(next(p), next(p))
r, s = tee(p)
print(list(r), list(s), list(q))
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError:', e)
print(list(zip_longest('ABCD', 'xy')))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest()))
print(list(zip_longest([1, 2], [], [3], fillvalue=0)))
try:
    zip_longest('a', fill=1)
except TypeError as e:
    print('TypeError:', e)
try:
    zip_longest(1, 'a')
except TypeError as e:
    print('TypeError:', e)
print(list(pairwise('ABCDE')))
print(list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
