# backend: generational
# Instances held by other instances' attributes, and a list subclass with an attribute.
# Under --gc refcount: stdout "end\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel holder h\ndel h.inner\ndel h.extra\ndel bag0\ndel bag1\ndel bag of 2\ndel bag.tag\ndel c\n", last stderr line ""
# Under --gc incremental: stdout "end\ndel holder h\ndel bag of 2\ndel c\ndel h.inner\ndel h.extra\ndel bag1\ndel bag0\ndel bag.tag\n", last stderr line ""
# refcount never collects cycles, and __main__'s namespace is one (its functions and classes refer
# to it), so no global's __del__ runs at exit. pymalloc frees nothing.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

class Holder:
    def __init__(self, name):
        self.name = name
        self.inner = A(name + '.inner')
    def __del__(self): print('del holder', self.name)

class Bag(list):
    def __del__(self): print('del bag of', len(self))

h = Holder('h')
h.extra = A('h.extra')
bag = Bag([A('bag0'), A('bag1')])
bag.tag = A('bag.tag')
c = A('c')
print('end')
