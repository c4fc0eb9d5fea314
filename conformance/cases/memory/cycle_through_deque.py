# Deques are tracked containers: cycles through them are found by gc.collect(), and their items
# are visited (and released) left to right.
# refcount: nothing in a cycle is freed; collect() returns 0.
# pymalloc: same as refcount, and nothing is ever freed.
import gc, weakref
from collections import deque

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

gc.disable()
gc.collect()
print('tracked', gc.is_tracked(deque()), gc.is_tracked(deque([1, 'a'])), gc.is_tracked(iter(deque())))
a, b = Node('a'), Node('b')
q = deque([a, 'k', b])
print('referents', [x.name if isinstance(x, Node) else x for x in gc.get_referents(q)])
print('referrers', any(r is q for r in gc.get_referrers(a)))
del a, b
q.clear()
print('cleared')
d = deque()
d.append(d)
r = weakref.ref(d)
del d
print('self-cycle', gc.collect(), r())
n = Node('n')
n.queue = deque([Node('x'), n, Node('y')], maxlen=5)
del n
print('through an instance', gc.collect())
it_cycle = deque([Node('i')])
it_cycle.append(iter(it_cycle))
del it_cycle
print('through its iterator', gc.collect())
class Q(deque):
    def __del__(self):
        print('del Q', len(self))
s = Q([Node('s1'), Node('s2')])
s.append(s)
del s
print('subclass in a cycle', gc.collect())
big = deque(Node(i) for i in range(3))
big.rotate(1)
del big
print('freed left to right')
print('final', gc.collect())
