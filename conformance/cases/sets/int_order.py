# Sets of ints iterate in CPython's slot order (hash & mask, then probing), not insertion order.
print({3, 1, 2}, set([3, 1, 2]), {*[9, 8, 7]})
print({5, -1, -2, 100, 7}, set([-5, -3, -1, 0, 2, 4]))
print({8, 16, 24, 0, 1}, {7, 15, 23, 31})  # collisions on the same slot of 8
# (set() of a list: CPython folds 2**40 into a constant, and a display of constants is built twice)
print(set([2**40, 2**20, 2**62, -2**62, 2**64 + 3, 10**20, -10**20]))
print({1099511627776, 1048576, 4611686018427387904, -4611686018427387904, 18446744073709551619})
print(set([2**61 - 1, 2**61, 2**61 + 1, -(2**61), 2**63, -2**63]))
data = [37, -4, 1000, 12, 5, 999999, -77, 64, 65, 0, 3, 2**33]
print(set(data), set(reversed(data)), set(sorted(data)))
for n in (5, 20, 100):
    print(n, set(range(n, 0, -1)))
print(set(range(0, 300, 7)))
print(list(set(range(1000, 0, -3)))[:40])
s = set()
for i in range(1000):
    s.add((i * 7919) % 1009)
print(len(s), list(s)[:30], list(s)[-10:])
print(frozenset([5, 4, 3, 2, 1, 0, -1]), frozenset(range(40, 0, -4)))
