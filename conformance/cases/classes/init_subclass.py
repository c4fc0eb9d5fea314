# __init_subclass__: class keywords, implicit classmethod, super() chain, object's keyword check.
class RO:
    def __get__(self, obj, t=None): return 42
    def __set__(self, obj, v): raise AttributeError('read-only')
class H:
    a = RO()
h = H()
try:
    h.a = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del h.a
except AttributeError as e:
    print('AttributeError', e)

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
try:
    class C(Base, bogus=1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class D(bogus=1): pass
except TypeError as e:
    print('TypeError', e)
