# What one collected closure cycle is made of: function, closure tuple, two cells and the captured object.
# refcount: collect() returns 0 and gc.garbage stays empty (nothing is ever unreachable to it).
# pymalloc: same as refcount.
import gc

class Big:
    pass

def make_walker():
    data = Big()
    def walk(n):
        return 0 if n == 0 else walk(n - 1) + (data is not None)
    return walk

gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
w = make_walker()
del w
print('collect():', gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print('after clearing garbage:', gc.collect())
