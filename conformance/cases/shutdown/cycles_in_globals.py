# backend: generational, incremental
# Cycles among globals are finalized in the same pass as everything else, in gc-list order.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel 2\ndel 4\ndel 1\ndel 7\ndel 8\ndel 9\ndel 3\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

b = A(2)
_d = A(4)
a = A(1); a.me = a
x = [A(7)]; x.append(x)
p = A(8); q = A(9); p.other = q; q.other = p
c = A(3)
print('end')
