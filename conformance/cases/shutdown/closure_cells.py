# backend: generational, incremental
# Objects reachable only through a function's closure cells; cells are visited last to first.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel 1\ndel 3\ndel 2\ndel 4\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

def make():
    x = A(1)
    y = A(3)
    def g():
        return x, y
    return g

g = make()
b = A(2)
def counter():
    count = A(4)
    def bump():
        return count
    return bump
bump = counter()
print('end')
