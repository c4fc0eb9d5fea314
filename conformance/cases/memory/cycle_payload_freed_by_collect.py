# Objects reachable only from a cycle are freed when the collector breaks it, and are counted if tracked.
# refcount: the cycle and its payload leak; collect() returns 0.
# pymalloc: same as refcount.
import gc

class Payload:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del payload', self.name)

class Node:
    pass

gc.disable()
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
a.payload = Payload('instance')
b.items = [1, 2, 3]
b.text = 'untracked str'
del a, b
print('collect():', gc.collect())
print('live payloads:', sum(isinstance(o, Payload) for o in gc.get_objects()))
