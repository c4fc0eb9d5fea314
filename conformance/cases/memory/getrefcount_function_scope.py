# A call adds references for the argument while the frame lives; returning drops them again.
# refcount: same as CPython.
# pymalloc: the dead temporary list never releases its item, so one reference stays counted.
import sys

class Obj:
    pass

def inspect(x):
    return sys.getrefcount(x)

def two_names(x):
    y = x
    return sys.getrefcount(x)

o = Obj()
base = sys.getrefcount(o)
print('inside a call: +', inspect(o) - base)
print('with a second local: +', two_names(o) - base)
print('after the calls: +', sys.getrefcount(o) - base)
for item in [o]:
    print('loop variable + temporary list: +', sys.getrefcount(o) - base)
del item
print('after the loop: +', sys.getrefcount(o) - base)
