# backend: generational, incremental
# Generators suspended at exit are closed by the final collection: finally blocks and __exit__ run.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\nfinally sees local\ndel local\nexit with GeneratorExit\ndel global\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

class Ctx:
    def __enter__(self): return self
    def __exit__(self, *exc):
        print('exit with', exc[0].__name__)
        return False

def with_finally():
    x = A('local')
    try:
        yield 1
        yield 2
    finally:
        print('finally sees', x.n)

def with_with():
    with Ctx():
        yield 1

g1 = with_finally(); next(g1)
g2 = with_with(); next(g2)
g3 = with_finally()   # never started: nothing to close
b = A('global')
print('end')
