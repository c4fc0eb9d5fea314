# backend: generational, refcount
# weakref.finalize: called once when the object dies, or earlier by hand; detach and peek.
import weakref


class Conn:
    def __init__(self, name):
        self.name = name


def close(name, mode="normal"):
    print("closing", name, mode)
    return "closed " + name


c1 = Conn("c1")
f1 = weakref.finalize(c1, close, "c1", mode="auto")
print(f1.alive, f1.atexit)
obj, func, args, kwargs = f1.peek()
print(obj is c1, func is close, args, kwargs)
del obj, c1
print("after del:", f1.alive, f1.peek(), f1())

c2 = Conn("c2")
f2 = weakref.finalize(c2, close, "c2")
print("explicit call:", f2())
print("second call:", f2(), f2.alive)
del c2
print("c2 deleted (no second close)")

c3 = Conn("c3")
f3 = weakref.finalize(c3, close, "c3")
detached = f3.detach()
print(detached[0] is c3, detached[2], f3.alive, f3.detach())
del c3, detached
print("c3 deleted (detached: nothing runs)")

# Several finalizers on one object run newest first, like weakref callbacks.
c4 = Conn("c4")
for i in range(3):
    weakref.finalize(c4, print, "finalizer", i)
del c4
f5 = weakref.finalize(Conn("temp"), close, "temp")
print("temp finalizer alive:", f5.alive)
f5.atexit = False
print(f5.atexit)
