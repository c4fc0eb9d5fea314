# A recursive inner function is a cycle: function -> closure tuple -> cell -> function.
# refcount: the closure leaks (collect() finds nothing, the captured object is never freed).
# pymalloc: same as refcount.
import gc

class Big:
    def __del__(self):
        print('del Big')

def make_walker():
    data = Big()
    def walk(n):
        return 0 if n == 0 else walk(n - 1) + (data is not None)
    return walk

gc.disable()
gc.collect()
w = make_walker()
print('walk(3) =', w(3))
del w
print('after del, before collect')
print('collect() found it:', gc.collect() > 0)
print('again:', gc.collect())
