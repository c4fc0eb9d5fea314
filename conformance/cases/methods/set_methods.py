# set/frozenset operations on ints, printed sorted: union, intersection, difference, subsets.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [10])), sorted(a.intersection(b, {5})), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference(b)))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([9, 8], (7,))
print(sorted(s), len(s))
s.discard(100)
s.remove(9)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print('KeyError:', e)
c = {1, 2}
print(c <= a, c < a, a < a, a <= a, a >= c, a > c, c.issubset(a), a.issuperset(c))
print(c.isdisjoint({3}), c.isdisjoint({2}))
f = frozenset([3, 1, 2])
print(sorted(f), type(f).__name__, 2 in f, f == {1, 2, 3}, type(f | {9}).__name__)
print({f: 'frozen key'}[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
x = {1, 2, 3}
x |= {4}
x &= {2, 3, 4, 5}
x -= {3}
x ^= {2, 10}
print(sorted(x))
y = x.copy()
y.clear()
print(sorted(x), y, set(), frozenset())
print(len({1, 1.0, True}), {n % 3 for n in range(10)} == {0, 1, 2}, sorted(set([3, 3, 1])))
z = {5, 6}
print(z.pop() in (5, 6), len(z))
print(sorted({(1, 2), (1, 2), (2, 1)}), sorted(set('mississippi')))
