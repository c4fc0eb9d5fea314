# A ring of ten objects is garbage only as a whole: reference counting frees none, one collection frees all.
# refcount: the ring leaks; collect() returns 0 and no __del__ runs.
# pymalloc: the same as refcount: collect() returns 0, no __del__.
import gc

finalized = []

class Node:
    def __init__(self, n):
        self.n = n
        self.next = None

    def __del__(self):
        finalized.append(self.n)

gc.disable()
gc.collect()
head = Node(0)
node = head
for i in range(1, 10):
    node.next = Node(i)
    node = node.next
node.next = head
del node
print('ring built; dropping the head')
head = None
print('finalized before collect:', finalized)
print('collect():', gc.collect())
print('finalized:', sorted(finalized))
print('live nodes:', sum(isinstance(o, Node) for o in gc.get_objects()))
