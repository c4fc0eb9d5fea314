# Results of set algebra are built as CPython builds them, so their order is CPython's.
a = {1, 2, 3, 100, 9, 17, -4}
b = {2, 3, 4, 33, 1000, 25, 17}
print(a | b, b | a)
print(a & b, b & a, a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([50, 9, 8], (7,)), a.intersection(range(0, 40)), a.difference([1, 2], {3}))
print(a.symmetric_difference([9, 9, 10, 10]), a.symmetric_difference({100: 1, 5: 2}))
print(a.intersection(b, {17, 3, 2}), a.intersection(), a & a, a | a, a - a)
c = set(a)
c |= b
print(c)
c &= {1, 2, 1000, 50, 17, 25}
print(c)
c ^= {7, 2, 99}
print(c)
c -= {7}
print(c)
d = set(range(20))
d.intersection_update(range(5, 40, 2))
print(d)
d.symmetric_difference_update(range(10))
print(d)
d.difference_update([5, 7], {9, 11})
print(d)
e = frozenset([30, 20, 10, 0])
print(e | {5}, e & {20, 0, 1}, e - {0}, e ^ {1, 10}, type(e | {5}).__name__)
print({3, 2, 1} | frozenset([9, 8]), type({3} | frozenset([9])).__name__)
big = set(range(0, 200, 3))
small = {3, 99, 150, 151}
print(big & small, small & big, small - big, big - {0, 3}, len(big - small))
print(set(range(8)) - set(range(100)), set(range(100)) - set(range(4, 100)))
print(a.issubset(b), {2, 3}.issubset(b), a.issuperset({1, 2}), a.isdisjoint({5, 6}), a <= a | b)
print(set({9: 1}.keys()) | {1}, {1, 2} | {1: 'x', 3: 'y'}.keys(), {7: 0, 15: 1}.keys() & {15, 23})
print(sorted(a | b), min(a ^ b), list(reversed(sorted(a & b))))
