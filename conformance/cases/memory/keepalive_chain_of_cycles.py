# A cycle that refers to another cycle: one collection frees both once nothing outside holds the first.
# refcount: both cycles leak; collect() returns 0.
# pymalloc: same as refcount.
import gc

class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)

gc.disable()
gc.collect()
a = Obj('a')
b = Obj('b')
a.b, b.a = b, a
c = Obj('c')
d = Obj('d')
c.d, d.c = d, c
c.inner = a
del a, b, d
print('outer cycle held by c:', gc.collect())
del c
found = gc.collect()
print('both cycles:', found)
