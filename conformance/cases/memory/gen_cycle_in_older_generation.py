# A cycle that was promoted before it became garbage is found only by collecting its generation.
# refcount: nothing is ever found; every collect() returns 0.
# pymalloc: same as refcount.
import gc

class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)

def cycle(name):
    a = Obj(name)
    a.me = a
    return a

gc.disable()
gc.collect()
old = cycle('promoted to gen 1')
gc.collect(0)
young = cycle('young')
old = young = None
print('collect(0):', gc.collect(0))
print('collect(1):', gc.collect(1))
oldest = cycle('promoted to gen 2')
gc.collect(1)
oldest = None
print('collect(0):', gc.collect(0))
print('collect(1):', gc.collect(1))
print('collect(2):', gc.collect(2))
