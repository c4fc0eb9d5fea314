# backend: generational, incremental
# A gc.collect() during the run reorders survivors; a cycle that became garbage late is found by
# the first collection at exit, before the module's globals go.
# Under --gc refcount: stdout "collected 0\nend\n", last stderr line ""
# Under --gc pymalloc: stdout "collected 0\nend\n", last stderr line ""
# Under --gc marksweep: stdout "collected 2\nend\ndel p\ndel q\ndel 5\ndel 6\ndel 2\ndel 3\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
import gc

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

lst = [A(5), A(6)]
b = A(2)
print('collected', gc.collect())
def make_cycle():
    p = A('p'); q = A('q')
    p.o = q; q.o = p
make_cycle()
c = A(3)
print('end')
