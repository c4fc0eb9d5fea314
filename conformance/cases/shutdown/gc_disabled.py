# backend: generational, incremental
# With gc disabled, the collection before module teardown is skipped (PyGC_Collect), so objects
# keep their allocation order: A(5) and A(6) before b (with gc enabled: 2, 6, 5).
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel 5\ndel 6\ndel 2\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
import gc

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

lst = [A(5), A(6)]
b = A(2)
gc.disable()
print('end')
