# __slots__: member descriptors, no __dict__, sizes, inheritance, conflicts, weakref support.
import sys, gc
class E: __slots__ = ()
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
class Q(P):
    __slots__ = ['z']
class D:
    __slots__ = ('a', '__dict__')
class W:
    __slots__ = 'w'
print(sys.getsizeof(E()), sys.getsizeof(P(1,2)), sys.getsizeof(Q(1,2)), sys.getsizeof(D()), sys.getsizeof(W()))
p = P(1, 2)
print(p.x, p.y, P.x, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError', e)
q = Q(1, 2)
try:
    q.z
except AttributeError as e:
    print('AttributeError', e)
q.z = 5
print(q.z, gc.is_tracked(p), gc.is_tracked(E()))
del p.x
try:
    print(p.x)
except AttributeError as e:
    print('AttributeError', e)
d = D(); d.a = 1; d.b = 2; print(d.a, d.__dict__)
try:
    class Bad:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print('ValueError', e)
import weakref
try:
    weakref.ref(p)
except TypeError as e:
    print('TypeError', e)
print(P.__slots__, hasattr(p, '__dict__'))
class C2(P): pass
c = C2(1, 2); c.extra = 1; print(c.extra, sys.getsizeof(c))
