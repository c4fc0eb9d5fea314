# c -> a <-> b: the cycle is kept alive by c; once c lets go, only the collector can free it.
import gc

class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

gc.disable()
a = Obj('a')
b = Obj('b')
a.b = b
b.a = a
c = Obj('c')
c.a = a
del a, b
print('collect with c alive:', gc.collect())
del c
print('c gone')
print('collect after c:', gc.collect())
