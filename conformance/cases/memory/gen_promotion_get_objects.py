# Survivors move up a generation: new objects are in generation 0, collect(0) -> 1, collect(1) -> 2.
# refcount: same as CPython: collect() finds nothing here but still ages the survivors.
# pymalloc: same as CPython, for the same reason.
import gc

class Node:
    pass

def generation_of(obj):
    for g in range(3):
        if any(o is obj for o in gc.get_objects(generation=g)):
            return g
    return None

gc.disable()
gc.collect()
n = Node()
print('new object:', generation_of(n))
gc.collect(0)
print('after collect(0):', generation_of(n))
gc.collect(0)
print('after another collect(0):', generation_of(n))
gc.collect(1)
print('after collect(1):', generation_of(n))
m = Node()
print('second object:', generation_of(m))
gc.collect(1)
print('second after collect(1):', generation_of(m))
gc.collect()
print('both after a full collection:', generation_of(n), generation_of(m))
gc.freeze()
print('frozen:', generation_of(n), any(o is n for o in gc.get_objects()))
gc.unfreeze()
print('unfrozen goes to the oldest generation:', generation_of(n))
