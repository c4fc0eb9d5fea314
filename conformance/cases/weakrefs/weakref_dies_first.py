# backend: generational, refcount
# A weakref that dies before its referent never calls its callback and leaves the list.
import weakref


class Obj:
    pass


o = Obj()
r = weakref.ref(o, lambda wr: print("never printed"))
keep = weakref.ref(o, lambda wr: print("kept ref callback"))
print(weakref.getweakrefcount(o))
del r
print(weakref.getweakrefcount(o))


def make_temp_refs(target):
    for i in range(3):
        weakref.ref(target, lambda wr: print("temporary", i))
    return weakref.getweakrefcount(target)


print(make_temp_refs(o), weakref.getweakrefcount(o))
refs = [weakref.ref(o, lambda wr, i=i: print("list ref", i)) for i in range(3)]
print(weakref.getweakrefcount(o))
del refs[1]
print(weakref.getweakrefcount(o))
del o
print("end")
