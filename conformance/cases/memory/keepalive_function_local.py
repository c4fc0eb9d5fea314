# A cycle built in a function survives the function's return only as garbage; a returned member keeps it.
# refcount: nothing of the cycle is ever freed; collect() returns 0.
# pymalloc: same as refcount.
import gc

class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)

def build(tag):
    a = Obj(tag + '.a')
    b = Obj(tag + '.b')
    a.b = b
    b.a = a
    return a

gc.disable()
gc.collect()
build('dropped')
print('returned value discarded')
kept = build('kept')
print('collect with one cycle garbage:', gc.collect())
print('kept cycle alive:', kept.b.a is kept)
kept = None
print('collect after dropping it:', gc.collect())
