# Instance attributes are released in the class's shared-key slot order (3.11), even after del + re-add.
# refcount: same as CPython.
# pymalloc: nothing is released; only the key list and progress lines print.
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

h = Holder()
v = h.first
del h.first
h.first = v
v = None
print('iteration order:', list(vars(h)))
print('release order:')
h = None
h = Holder()
h.third = h.first = None
print('after overwriting with None')
h = None
print('end')
