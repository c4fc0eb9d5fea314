# Attributes, class attributes, closure cells and bound methods each add one reference.
# refcount: same as CPython.
# pymalloc: references from dead objects (the bound method, the deleted closure) stay counted.
import sys

class Obj:
    def method(self):
        pass

class Holder:
    pass

o = Obj()
base = sys.getrefcount(o)
h = Holder()
h.a = o
h.b = o
print('two attributes: +', sys.getrefcount(o) - base)
Holder.shared = o
print('plus a class attribute: +', sys.getrefcount(o) - base)

def make():
    captured = o
    def inner():
        return captured
    return inner

f = make()
print('plus a closure cell: +', sys.getrefcount(o) - base)
m = o.method
print('plus a bound method: +', sys.getrefcount(o) - base)
del m, f
h.a = h.b = None
del Holder.shared
print('all dropped: +', sys.getrefcount(o) - base)
