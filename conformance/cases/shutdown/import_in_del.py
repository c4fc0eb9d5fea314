# backend: generational, incremental
# An import inside __del__ during shutdown fails: sys.modules is empty and sys.meta_path is None.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel 1\nimporter __del__\n", last stderr line "ImportError: sys.meta_path is None, Python is likely shutting down"
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

class Importer:
    def __del__(self):
        print('importer __del__')
        import math
        print('not reached', math.pi)

a = A(1)
imp = Importer()
print('end')
