# A dying dict releases its entries in insertion order, key before value when keys are objects.
# refcount: same as CPython.
# pymalloc: nothing is released.
class Obj:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self is other

    def __del__(self):
        print('  free', self.name)

print('str keys, object values')
d = {'x': Obj('vx'), 'y': Obj('vy'), 'z': Obj('vz')}
del d
print('object keys and values')
d = {Obj('k1'): Obj('v1'), Obj('k2'): Obj('v2')}
d = None
print('a deleted and re-added key moves to the end')
d = {'a': Obj('a1'), 'b': Obj('b1'), 'c': Obj('c1')}
v = d.pop('a')
d['a'] = v
v = None
d = None
print('overwriting a value keeps its position')
d = {'p': Obj('p1'), 'q': Obj('q1')}
d['p'] = Obj('p2')
d = None
print('end')
