# sys.getsizeof of deques: 760 (the object and its first 64-slot block) plus 528 per further block
# of the chain, which appends, pops, rotations, inserts, clears and extends move as CPython's do.
import sys
from collections import deque
g = sys.getsizeof

def sizes(d, ops, n, every):
    out = []
    for i in range(n):
        ops(d, i)
        if i % every == 0:
            out.append(g(d))
    return out

d = deque()
print('append', sizes(d, lambda d, i: d.append(i), 300, 16))
print('popleft', sizes(d, lambda d, i: d.popleft(), 250, 16))
print('appendleft', sizes(d, lambda d, i: d.appendleft(i), 300, 16))
print('pop', sizes(d, lambda d, i: d.pop(), 320, 16), g(d), len(d))
print('new', [g(deque(range(n))) for n in (0, 1, 63, 64, 127, 128, 1000)], g(deque()), deque().__sizeof__())
print('fill', [g(deque(range(n), maxlen=m)) for n, m in ((10, 0), (100, 64), (100, 63), (300, 200))])
for start in ('extend', 'append', 'appendleft', 'extendleft'):
    row = []
    for size in (2, 40, 64, 65, 130):
        for n in (1, 17, 33, -1, -33, -64, 1000):
            d = deque()
            if start == 'extend': d.extend(range(size))
            elif start == 'extendleft': d.extendleft(range(size))
            else:
                for i in range(size): getattr(d, start)(i)
            d.rotate(n)
            before = g(d)
            d.append('x'); d.appendleft('y')
            row.append((before - 760) // 528 * 10 + (g(d) - 760) // 528)
    print('rotate', start, row)
row = []
for size in (3, 40, 64, 65, 130):
    for i in (0, 1, size // 2, size - 1, -1, -size // 3):
        d = deque(range(size))
        del d[i]
        a = g(d)
        d.insert(i, 'q')
        row.append((a, g(d), d.index('q')))
print('del/insert', row)
print('imul', [(g(deque(range(s)) * n), g(deque(range(s), 50) * n)) for s in (0, 1, 2, 63, 100) for n in (0, 2, 10)])
for size in (0, 1, 5, 64, 200):
    d = deque(range(size))
    row = [g(d.copy()), g(d + d), g(d * 2), g(deque(d)), g(deque(d, 3))]
    d.clear(); row.append(g(d))
    d.extend(range(70)); row.append(g(d))
    print('copy/clear', size, row)
d = deque(range(1000))
while d:
    d.pop()
    if d: d.popleft()
print('drained', g(d), g(deque(range(10))))
class D(deque):
    pass
print('subclass', g(D()), g(D(range(100))), D().__sizeof__(), g(list(deque(range(5)))), g([*deque(range(7))]))
print('iterators', g(iter(deque())), g(reversed(deque())), g(list(iter(deque(range(9))))))
