# Changing a deque while it is iterated: which operations invalidate iterators, and how.
from collections import deque

def during_iteration(name, op, reverse=False):
    d = deque([1, 2, 3])
    seen = []
    try:
        for x in (reversed(d) if reverse else d):
            seen.append(x)
            if len(seen) == 1:
                op(d)
        print(name, seen, d)
    except RuntimeError as e:
        print(name, seen, 'RuntimeError:', e, d)

ops = {
    'append': lambda d: d.append(9), 'appendleft': lambda d: d.appendleft(9),
    'pop': lambda d: d.pop(), 'popleft': lambda d: d.popleft(), 'rotate0': lambda d: d.rotate(0),
    'rotate1': lambda d: d.rotate(1), 'reverse': lambda d: d.reverse(),
    'setitem': lambda d: d.__setitem__(1, 'x'), 'delitem': lambda d: d.__delitem__(1),
    'insert': lambda d: d.insert(1, 'i'), 'clear': lambda d: d.clear(), 'extend[]': lambda d: d.extend([]),
    'extend': lambda d: d.extend([5]), 'remove': lambda d: d.remove(3), 'init': lambda d: d.__init__(),
    'imul1': lambda d: d.__imul__(1), 'imul2': lambda d: d.__imul__(2), 'count': lambda d: d.count(1),
    'copy': lambda d: d.copy(), 'iadd': lambda d: d.__iadd__('z'),
}
for name, op in ops.items():
    during_iteration(name, op)
during_iteration('reversed+append', ops['append'], True)
during_iteration('reversed+reverse', ops['reverse'], True)

class Meddler:
    # An __eq__ that appends to the deque being searched.
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append('m')
        return False
for name in ('in', 'count', 'index', 'remove', '=='):
    d = deque([1, 2, 3])
    m = Meddler(d)
    try:
        r = {'in': lambda: m in d, 'count': lambda: d.count(m), 'index': lambda: d.index(m),
             'remove': lambda: d.remove(m), '==': lambda: d == deque([m, 2, 3])}[name]()
        print(name, r, d)
    except (RuntimeError, IndexError) as e:
        print(name, type(e).__name__ + ':', e, d)
it = iter(deque([1]))
d2 = deque([1, 2]); it2 = iter(d2); next(it2); d2.append(3)
for _ in range(2):
    try:
        next(it2)
    except RuntimeError as e:
        print('again:', e, it2.__length_hint__())
e = deque([1, 2]); src = deque('abc')
e.extend(src); e.extendleft(src); print(e)
