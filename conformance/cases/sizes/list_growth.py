# sys.getsizeof of lists follows CPython 3.11's list_resize over-allocation: 56 + 8 * allocated.
import sys
g = sys.getsizeof
def slots(l):
    return (g(l) - 56) // 8
l = []
seen = []
for i in range(200):
    l.append(i)
    if not seen or seen[-1] != slots(l):
        seen.append(slots(l))
print('append', seen)
print('comprehension', [slots([x for x in range(n)]) for n in range(0, 40, 3)])
print('list(range)', [slots(list(range(n))) for n in range(12)])
print('list(generator)', [slots(list(x for x in range(n))) for n in range(0, 30, 2)])
print('list(str, dict, set, map)', slots(list('abcde')), slots(list({1: 2, 3: 4})), slots(list({1, 2, 3})), slots(list(map(str, range(5)))))
print('repeat', [slots([0] * n) for n in range(8)], slots([1, 2] * 5), slots([] * 9))
print('slice', [slots(list(range(30))[:n]) for n in range(0, 30, 4)], slots(list(range(30))[::3]))
print('concat copy', slots([1, 2, 3] + [4]), slots(list(range(9)).copy()), slots([x for x in range(9)].copy()))
x = 1
print('displays', slots([1, 2, 3]), slots([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), slots([x, x, x]), slots([x, x]), slots([*range(5)]), slots([*[1, 2, 3], 4]))
l = list(range(20))
out = []
while l:
    l.pop()
    out.append(slots(l))
print('pop', out)
l = list(range(20))
out = []
while l:
    del l[0]
    out.append(slots(l))
print('del [0]', out)
l = []
out = []
for i in range(20):
    l.insert(0, i)
    out.append(slots(l))
print('insert', out)
l = []
out = []
for i in range(8):
    l.extend([1, 2, 3])
    l.extend(range(2))
    l += (7,)
    out.append(slots(l))
print('extend', out)
l = list(range(10)); l.clear(); print('clear', g(l))
l = [x for x in range(10)]; l.sort(); l.reverse(); print('sort reverse keep', slots(l))
l = [1]; l.remove(1); print('remove last', g(l))
l = list(range(10)); del l[2:5]; print('del slice', slots(l))
l = list(range(10)); l[2:3] = range(10); print('grow slice', slots(l))
l = list(range(10)); l[:] = range(30); print('replace all', slots(l))
l = list(range(40)); del l[::2]; print('del extended', slots(l))
l = [1, 2]; l *= 5; print('imul', slots(l)); l *= 0; print('imul 0', g(l))
print('sorted', [slots(sorted(range(n))) for n in range(6)], slots(sorted(x for x in range(3))))
print('split', slots('a b c d e'.split()), slots('a,b'.split(',', 0)), slots('a'.split('bb')), slots(' '.join(['x'] * 13).split()), slots('a\nb'.splitlines()))
a, *b = [1, 2, 3, 4, 5]
*c, d = range(5)
e, *f = (y for y in range(4))
print('starred', slots(b), slots(c), slots(f))
