# sys.getsizeof of str depends on the widest character: ASCII 49+n, Latin-1 73+n, UCS-2 74+2n, UCS-4 76+4n.
# refcount: same as CPython.
# pymalloc: same as CPython.
import sys

for s in ['', 'a', 'hello', 'x' * 100, 'é', 'café', '€', 'a€', '😀', 'a😀']:
    print(repr(s) if len(s) < 10 else 'x*100', sys.getsizeof(s))
print('bytes', sys.getsizeof(b''), sys.getsizeof(b'abc'))
