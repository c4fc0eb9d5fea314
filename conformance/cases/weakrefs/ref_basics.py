# weakref.ref while the referent is alive: calling it, sharing of callback-less refs, counts.
import weakref


class Node:
    def __init__(self, name):
        self.name = name


def on_death(wr):
    print("dead")


n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name)
print(weakref.ref(n) is r, weakref.ref(n, None) is r)
print(r.__callback__)
rc = weakref.ref(n, on_death)
print(rc is r, rc() is n, rc.__callback__ is on_death)
print(weakref.getweakrefcount(n), weakref.getweakrefcount(Node("b")))
refs = weakref.getweakrefs(n)
print(len(refs), refs[0] is r, refs[1] is rc)
print(type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(type(r).__name__, type(r).__module__, type(r))
print(isinstance(r, weakref.ref), callable(r), bool(r))
print(weakref.getweakrefcount(42), weakref.getweakrefs("text"))

# Weak references to functions, classes and modules work too.
def helper():
    return "helper called"


print(weakref.ref(helper)()(), weakref.ref(Node)() is Node, weakref.ref(weakref)() is weakref)
print(weakref.ref(len)() is len, weakref.ref(int)() is int)

for bad in [(), (n, None, 3)]:
    try:
        weakref.ref(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
