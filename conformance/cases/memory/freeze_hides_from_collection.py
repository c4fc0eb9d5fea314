# gc.freeze() moves every tracked object to the permanent generation: frozen garbage survives until unfreeze().
# refcount: collect() never finds anything, frozen or not; freeze counts behave the same.
# pymalloc: same as refcount.
import gc

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)

def generation_of(obj):
    for g in range(3):
        if any(o is obj for o in gc.get_objects(generation=g)):
            return g
    return None

gc.disable()
gc.collect()
a = Node('frozen')
a.me = a
base = gc.get_freeze_count()
gc.freeze()
print('freeze count grew:', gc.get_freeze_count() > base)
print('frozen object in any generation:', generation_of(a))
b = Node('made after freeze')
b.me = b
print('new object generation:', generation_of(b))
del a, b
print('collect():', gc.collect())
gc.unfreeze()
print('freeze count after unfreeze:', gc.get_freeze_count())
print('collect() after unfreeze:', gc.collect())
