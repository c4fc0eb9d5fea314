# sys.getsizeof of tuples is 40 + 8 per item; instances report only their own header, not their attributes.
# refcount: same as CPython.
# pymalloc: same as CPython.
import sys

class Empty:
    pass

class WithAttrs:
    def __init__(self):
        self.a = 1
        self.b = [1, 2, 3]

for t in [(), (1,), (1, 2), tuple(range(10))]:
    print('tuple of', len(t), sys.getsizeof(t))
print('empty instance', sys.getsizeof(Empty()))
print('instance with attributes', sys.getsizeof(WithAttrs()))
print('same size either way', sys.getsizeof(Empty()) == sys.getsizeof(WithAttrs()))
