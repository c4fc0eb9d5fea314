# sys.getsizeof of ints grows by 4 bytes per 30-bit digit; floats and bools have fixed sizes (64-bit CPython 3.11).
# refcount: same as CPython.
# pymalloc: same as CPython.
import sys

for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, -2**60, 2**90, 10**100]:
    print('int', v if abs(v) < 2**64 else 'big', sys.getsizeof(v))
print('True', sys.getsizeof(True), 'False', sys.getsizeof(False))
print('float', sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(float('inf')))
print('None', sys.getsizeof(None))
print('default argument', sys.getsizeof(2**1000, 7) == sys.getsizeof(2**1000))
