# backend: generational, incremental
# At exit __del__ still sees intact globals and builtins; it may create new objects and even
# resurrect itself into a global list that is garbage too.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\nreader sees 3 x [1, 2, 3]\ndel b\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

keep = []

class Reader:
    def __del__(self):
        print('reader sees', len(items), name, sorted(items))
        global late
        late = A('late')
        keep.append(self)

items = [3, 1, 2]
r = Reader()
name = 'x'
b = A('b')
print('end')
