# CPython 3.11 keeps instance attributes inline: a collected instance counts 1, or 2 once obj.__dict__ exists.
# refcount: every collect() returns 0.
# pymalloc: every collect() returns 0.
import gc

class Plain:
    pass

class Slotted:
    __slots__ = ('me', 'x')

gc.disable()
gc.collect()
a = Plain()
a.me = a
a.x = 1
del a
print('inline attributes:', gc.collect())
a = Plain()
a.me = a
print('has __dict__ keys:', sorted(a.__dict__))
del a
print('after reading __dict__:', gc.collect())
a = Plain()
a.me = a
vars(a)['y'] = 2
del a
print('after vars():', gc.collect())
s = Slotted()
s.me = s
del s
print('__slots__ instance:', gc.collect())
def f():
    pass
f.me = f
del f
print('function with an attribute:', gc.collect())
