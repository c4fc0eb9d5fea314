# A dying instance releases its attributes in the order they were first added to its class's layout.
# refcount: same as CPython.
# pymalloc: nothing is released.
class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  free', self.name)

class Holder:
    def __init__(self):
        self.first = Res('first')
        self.second = Res('second')
        self.third = Res('third')

    def __del__(self):
        print('  holder __del__ runs before its attributes go')

print('plain instance')
h = Holder()
del h
print('attribute overwritten in place')
h = Holder()
h.first = Res('first-again')
print('  (overwritten)')
h = None
print('extra attribute added later')
h = Holder()
h.extra = Res('extra')
h = None
print('end')
