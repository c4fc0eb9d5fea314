# A __del__ that stores self resurrects the object; its __del__ never runs a second time (PEP 442).
# refcount: same as CPython (no cycle: death by reference counting).
# pymalloc: __del__ never runs, so nothing is resurrected.
import gc

graveyard = []

class Zombie:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)
        graveyard.append(self)

z = Zombie('z')
print('finalized before:', gc.is_finalized(z))
del z
print('resurrected:', [g.name for g in graveyard])
print('finalized now:', [gc.is_finalized(g) for g in graveyard])
graveyard.clear()
print('dropped again: no second __del__')
