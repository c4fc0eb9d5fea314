# backend: generational, incremental
# The task's example: a self-cycle, plain globals, an _underscore name, a list of instances.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel 1\ndel 2\ndel 3\ndel 4\ndel 5\ndel 6\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

a = A(1); a.me = a        # a self-cycle
b = A(2)
c = A(3)
_d = A(4)
lst = [A(5), A(6)]
def f(): pass
print('end')
