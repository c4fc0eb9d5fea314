# backend: generational, incremental
# An exception escaping __del__ at exit is reported ("Exception ignored in") and the shutdown
# goes on with the next object.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel 1\nbroken __del__ runs\ndel 2\n", last stderr line "KeyError: 'missing'"
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

class Broken:
    def __del__(self):
        print('broken __del__ runs')
        raise KeyError('missing')

first = A(1)
broken = Broken()
last = A(2)
print('end')
