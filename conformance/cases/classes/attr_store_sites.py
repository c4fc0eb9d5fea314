# One STORE_ATTR instruction seeing the same classes while they change: a data descriptor, a
# property or __setattr__ added after the store was cached, and exceptions (whose args live
# outside the instance dict).
import gc


class A:
    pass


def put(o, v):
    o.y = v


a = A()
for v in (1, 2, 'three', None):
    put(a, v)
    print(a.y, a.__dict__)


class Loud:
    def __get__(self, o, t):
        return 'from descriptor'

    def __set__(self, o, v):
        print('descriptor set', v)


A.y = Loud()
put(a, 4)
print(a.y, a.__dict__)
del A.y
put(a, 5)
print(a.y)

A.y = property(lambda self: 'prop', lambda self, v: print('property set', v))
put(a, 6)
print(a.y)
del A.y


def setattr_hook(self, name, v):
    print('__setattr__', name, v)
    object.__setattr__(self, name, v * 10)


A.__setattr__ = setattr_hook
put(a, 7)
print(a.y)
del A.__setattr__
put(a, 8)
print(a.y)


class E(Exception):
    pass


e = E('m')
put(e, 1)
put(e, 2)
e.args = ('z',)
e.args = ('w',)
print(e.y, e.args, e.__dict__)

print('end')
