# Error messages of the native deque, checked against CPython's wording.
from collections import deque

d = deque([1, 2, 3])
class Idx:
    def __index__(self):
        return 1
tests = [
    lambda: d['a'], lambda: d[1:2], lambda: d[2**70], lambda: d.__getitem__(2**70),
    lambda: d.__getitem__('a'), lambda: d.__setitem__(5, 0), lambda: d.__delitem__('a'),
    lambda: d.index(1, 'a'), lambda: d.index(), lambda: d.index(1, 2, 3, 4), lambda: d.index(1, x=2),
    lambda: d.insert(1), lambda: d.insert('a', 1), lambda: d.insert(2**70, 1), lambda: d.insert(0, 1, x=2),
    lambda: d.rotate('a'), lambda: d.rotate(2**70), lambda: d.rotate(1, 2), lambda: d.rotate(x=1),
    lambda: d.append(), lambda: d.append(1, 2), lambda: d.append(x=1), lambda: d.pop(0),
    lambda: d.popleft(x=1), lambda: d.count(), lambda: d.extend(), lambda: d.extend(1),
    lambda: d.extendleft(None), lambda: d.copy(1), lambda: d.clear(1), lambda: d.reverse(1),
    lambda: d.__reversed__(1), lambda: d.__len__(1), lambda: d.__iadd__(), lambda: d.__contains__(),
    lambda: deque(1), lambda: deque(None), lambda: deque([1], 'a'), lambda: deque([1], 2.0),
    lambda: deque([1], Idx()), lambda: deque([1], -1), lambda: deque([1], 2**70), lambda: deque([1], 2, 3),
    lambda: deque(x=1), lambda: deque([1], iterable=[2]), lambda: deque(iterable='ab', maxlen=True),
    lambda: d + [1], lambda: [1] + d, lambda: d + 1, lambda: 1 + d, lambda: d - d, lambda: -d,
    lambda: d * 'a', lambda: 'a' * d, lambda: d * 2.0, lambda: 2.0 * d, lambda: d * 2**70,
    lambda: d * 2**62, lambda: d.__mul__('a'), lambda: d.__imul__('x'), lambda: d.__iadd__(5),
    lambda: d * Idx(), lambda: Idx() * d, lambda: d[Idx()], lambda: d.index(2, Idx()),
    lambda: d < [1], lambda: [1] >= d, lambda: hash(d), lambda: {d: 1}, lambda: d.foo,
    lambda: deque.append(1, 2), lambda: deque.append([], 2), lambda: deque.__len__([]),
    lambda: deque.__init__([], 1), lambda: deque('abc', 2).insert(0, 1),
    lambda: deque().pop(), lambda: deque().popleft(), lambda: d.remove(9), lambda: d.index(9),
    lambda: d.index(1, 1), lambda: d.index(3, 0, 2), lambda: deque(maxlen=0).insert(0, 1),
    lambda: d.__bool__, lambda: deque.__new__(deque, 1, 2), lambda: next(iter(deque())),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
def setmax(): d.maxlen = 3
def delmax(): del d.maxlen
for t in (setmax, delmax):
    try:
        t()
    except AttributeError as e:
        print('AttributeError:', e)
print(d)
