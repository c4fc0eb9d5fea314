# backend: generational, refcount
# An exception raised in a weakref callback is reported ("Exception ignored in") and the
# program goes on; the other callbacks still run.
import weakref


class Obj:
    pass


def broken(wr):
    raise ValueError("callback failed")


def fine(wr):
    print("fine callback ran")


o = Obj()
r1 = weakref.ref(o, fine)
r2 = weakref.ref(o, broken)
try:
    raise KeyError("handled")
except KeyError:
    del o
    print("still handling:", r1(), r2())
print("program continues")


def broken_again(wr):
    [][1]


o2 = Obj()
r3 = weakref.ref(o2, broken_again)
o2 = None
print("done")
