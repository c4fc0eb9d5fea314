# backend: generational, refcount
# Rebinding a name, returning from a function and overwriting a dict value all kill the old object.
import weakref


class Thing:
    def __init__(self, n):
        self.n = n


def watch(obj, label):
    return weakref.ref(obj, lambda wr: print("died:", label))


x = Thing(1)
w1 = watch(x, "first x")
print("rebinding")
x = Thing(2)
print("rebound, old alive:", w1() is not None, "new n:", x.n)


def scope():
    local = Thing(3)
    global w3
    w3 = watch(local, "local of scope()")
    print("returning")
    return local.n


print("scope returned", scope())
print("w3 dead:", w3() is None)

table = {"slot": Thing(4)}
w4 = watch(table["slot"], "dict value")
table["slot"] = Thing(5)
print("overwritten:", w4() is None, table["slot"].n)

for i in range(3):
    item = Thing(10 + i)
    watch(item, "loop item %d" % i)
print("loop done")
