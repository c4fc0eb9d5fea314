# sys.getrefcount counts one reference per slot holding the object: items, dict keys and values, set members.
# refcount: same as CPython.
# pymalloc: deleted containers never release their items, so the counts only grow.
import sys

class Obj:
    pass

o = Obj()
base = sys.getrefcount(o)
print('baseline (name + argument):', base)
lst = [o, o, o]
print('in a list three times: +', sys.getrefcount(o) - base)
t = (o,)
print('and in a tuple: +', sys.getrefcount(o) - base)
d = {o: o}
print('as dict key and value: +', sys.getrefcount(o) - base)
s = {o}
print('in a set: +', sys.getrefcount(o) - base)
del lst, t, d, s
print('all containers gone: +', sys.getrefcount(o) - base)
lst = [o] * 4
lst = lst[:1]
print('after slicing a rebuilt list: +', sys.getrefcount(o) - base)
