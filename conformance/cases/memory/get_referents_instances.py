# gc.get_referents of an instance: its attribute values and its class (heap types are referents).
# refcount: same as CPython.
# pymalloc: same as CPython.
import gc

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point('px', 'py')
refs = gc.get_referents(p)
print('class among referents:', Point in refs)
print('attribute values:', sorted(r for r in refs if isinstance(r, str)))
print('count:', len(refs))
p.__dict__
refs = gc.get_referents(p)
print('after __dict__ exists, a dict is a referent:', any(type(r) is dict for r in refs), 'class:', Point in refs)

def outer():
    v = 'captured'
    def inner():
        return v
    return inner

f = outer()
print('function referents include its globals:', any(r is globals() for r in gc.get_referents(f)))
