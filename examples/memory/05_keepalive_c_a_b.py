# c -> a <-> b: an object outside a cycle keeps the whole cycle alive.
#
#   ./pyarena examples/memory/05_keepalive_c_a_b.py
#       while c refers to a, collect() finds nothing; once c is gone, a and b are garbage.
#   ./pyarena --gc refcount examples/memory/05_keepalive_c_a_b.py
#       c is freed by its count; a and b leak forever.
import gc


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


gc.disable()
a, b, c = Obj('a'), Obj('b'), Obj('c')
a.b = b
b.a = a
c.a = a
del a, b
print('collect with c alive ->', gc.collect())
del c
print('collect after c died ->', gc.collect())
