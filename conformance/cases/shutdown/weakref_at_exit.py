# backend: generational, incremental
# Weakrefs that are garbage themselves never call back; weakref.finalize(atexit=True) runs first.
# Under --gc refcount: stdout "end\nfinalize ran\n", last stderr line ""
# Under --gc pymalloc: stdout "end\nfinalize ran\n", last stderr line ""
# Under --gc marksweep: stdout "end\nfinalize ran\ndel b\ndel c\n", last stderr line ""
# weakref.finalize's atexit hook runs under every backend; the rest needs __main__'s namespace
# collected: refcount leaks it (a cycle), pymalloc frees nothing.
import weakref

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

def callback(r):
    print('callback')

b = A('b')
r = weakref.ref(b, callback)
c = A('c')
weakref.finalize(c, print, 'finalize ran')
print('end')
