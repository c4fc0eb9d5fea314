# sys.getsizeof of a __slots__ instance is 32 + 8 per slot (no inline-attribute pointers), smaller than a plain instance.
# refcount: same as CPython.
# pymalloc: same as CPython.
import sys

class Plain:
    pass

class NoSlots:
    __slots__ = ()

class One:
    __slots__ = ('a',)

class Two:
    __slots__ = ('a', 'b')

class Three(Two):
    __slots__ = ('c',)

for cls in (Plain, NoSlots, One, Two, Three):
    print(cls.__name__, sys.getsizeof(cls()))
