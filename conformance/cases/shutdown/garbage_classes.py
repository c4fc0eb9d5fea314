# backend: generational, incremental
# A class that is itself garbage at exit, and a class no longer bound to any global name.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel K instance\ndel A 1\ndel A 2\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
def make():
    class K:
        def __del__(self):
            print('del K instance')
    return K()

k = make()

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', type(self).__name__, self.n)

a = A(1)
del A
b = type(a)(2)
print('end')
