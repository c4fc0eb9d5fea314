# A suspended generator whose frame holds a list containing the generator is a cycle.
# refcount: nothing is freed: no 'finally', no __del__, collect() returns 0.
# pymalloc: same as refcount.
import gc

class Token:
    def __del__(self):
        print('del Token')

def worker(registry):
    t = Token()
    try:
        while True:
            yield len(registry)
    finally:
        print('worker finally runs during collection')

gc.disable()
gc.collect()
registry = []
g = worker(registry)
registry.append(g)
print('first value', next(g))
del g, registry
print('dropped; collecting')
# The generator's finalizer (close) breaks the cycle, so everything is freed by reference counting
# during finalization and the collection itself counts nothing.
print('collect():', gc.collect())
print('again:', gc.collect())
