# Which kinds of object are tracked: containers and instances yes; atoms, str/bytes, ranges no.
# refcount: same as CPython.
# pymalloc: same as CPython.
import gc

class C:
    pass

class S:
    __slots__ = ()

def gen():
    yield 1

cases = [
    ('bytes', b'abc'), ('range', range(3)), ('bool', True),
    ('set', {1}), ('empty set', set()), ('frozenset', frozenset([1])),
    ('instance with __slots__ = ()', S()), ('bound method', C().__init__),
    ('generator', gen()), ('type', int), ('module-level class', C),
    ('list iterator', iter([])), ('cell-free lambda', lambda: 1),
]
for name, obj in cases:
    print(name, gc.is_tracked(obj))
