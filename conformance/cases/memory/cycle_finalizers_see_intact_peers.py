# PEP 442: every finalizer in a cyclic trash set runs before any member is cleared, so peers are intact.
# refcount: the cycle leaks: no finalizer runs and collect() returns 0.
# pymalloc: same as refcount.
import gc

class Conn:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print('closing', self.name, '- peer still has name:', self.peer.name, 'and its own peer:', self.peer.peer is not None)

gc.disable()
gc.collect()
a = Conn('a')
b = Conn('b')
c = Conn('c')
a.peer, b.peer, c.peer = b, c, a
del a, b, c
print('collect():', gc.collect())
