# sys.getsizeof of sets: 216 with the inline 8-slot table, + 16 per slot of a larger table,
# grown, merged and rebuilt as CPython 3.11's setobject.c does. Only int items (no hash seed).
import sys
g = sys.getsizeof
s = set()
out = []
for i in range(300):
    s.add(i)
    if not out or out[-1][1] != g(s):
        out.append((i + 1, g(s)))
print('add', out)
sizes = [0, 1, 4, 5, 8, 10, 18, 19, 40, 77, 100]
print('set(range)', [g(set(range(n))) for n in sizes])
print('set(set)', [g(set(set(range(n)))) for n in sizes])
print('copy', [g(set(range(n)).copy()) for n in sizes])
print('comprehension', [g({i for i in range(n)}) for n in sizes])
print('frozenset', [g(frozenset(range(n))) for n in sizes], g(frozenset()))
print('set(dict)', g(set({i: i for i in range(10)})), g(set({i: i for i in range(3)})))
print('displays', g({1, 2, 3}), g({1, 2, 3, 4, 5, 6}))
a = set(range(10))
print('ops', g(a | {100}), g(a & {1}), g(a - {1}), g(a ^ {1}), g(a | a))
print('methods', g(a.union(range(50))), g(a.intersection(range(5))), g(a.difference(range(3))),
      g(a.symmetric_difference(range(3))), g(set(range(40)).symmetric_difference(range(3))))
b = set(range(40))
print('difference', g(b - set(range(5))), g(b - set(range(20))), g(b.difference(range(5), [7])))
s = set(range(10)); s.update(range(10, 20)); print('update', g(s))
s = set(range(10)); s |= set(range(20)); print('ior', g(s))
t = s
s &= {1, 2, 3}; print('iand', g(s), t is s, sorted(s))
s -= {1}; print('isub', g(s), sorted(s))
s ^= {7, 2}; print('ixor', g(s), sorted(s))
s = set(range(10)); s.intersection_update({1, 2}); print('intersection_update', g(s))
s = set(range(10)); s.difference_update({1, 2}); print('difference_update', g(s))
s = set(range(100)); s.clear(); print('clear', g(s))
s = set(range(30))
for i in range(25):
    s.discard(i)
print('discards keep the table', g(s))
s.difference_update([25])
print('difference_update purges dummies', g(s))
s = {0, 1, 2, 3}; s.discard(3); s.add(11); print('dummy reused', g(s))
s = {0, 1, 2, 3}; s.discard(3); s.add(5); print('new slot', g(s))
s = set(range(10))
for i in range(10, 100):
    s.pop()
    s.add(i)
print('worklist', g(s))
fs = frozenset(range(20))
print('frozen ops', g(fs.copy()), fs.copy() is fs, g(fs | fs), g(fs - {1}), g(fs & {1, 2}), type(fs | {50}).__name__)
