# Overwriting or deleting an attribute frees the old value at once; the owner's death frees the rest.
# refcount: same as CPython.
# pymalloc: no 'free' lines at all.
class Part:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('free', self.name)

class Machine:
    pass

m = Machine()
m.engine = Part('engine-v1')
m.wheel = Part('wheel')
m.engine = Part('engine-v2')
print('engine replaced')
del m.wheel
print('wheel removed')
setattr(m, 'engine', None)
print('engine set to None')
m.gear = Part('gear')
m.seat = Part('seat')
print('machine dropped')
m = None
print('end')
