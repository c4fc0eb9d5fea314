# backend: generational
# gc-torture: off (the order depends on the generation each object is in at exit)
# Automatic collections during the run promote objects; at exit generation 0 is scanned before
# generation 1 (gc_collect_main merges the younger generations in that order).
# Under --gc refcount: stdout "2000\n", last stderr line ""
# Under --gc pymalloc: stdout "2000\n", last stderr line ""
# Under --gc marksweep: stdout "2000\ndel 0\ndel 1\ndel 2\ndel 10\n", last stderr line ""
# Under --gc incremental: stdout "2000\ndel 2\ndel 1\ndel 0\ndel 10\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

objs = [A(i) for i in range(3)]
junk = [[j] for j in range(2000)]
b = A(10)
print(len(junk))
