# backend: generational, refcount
# A callback runs as soon as `del` drops the last reference; it gets the (now dead) weakref.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


events = []


def on_death(wr):
    events.append(("callback", wr is ref_a, wr()))
    print("callback sees", wr(), wr is ref_a)


a = Resource("a")
ref_a = weakref.ref(a, on_death)
alias = a
del a
print("after del a:", ref_a() is alias, events)
del alias
print("after del alias:", ref_a(), events)
print("callback attribute:", ref_a.__callback__)

# Deleting an attribute or a list slot is also a last reference going away.
class Box:
    pass


box = Box()
box.item = Resource("in box")
r = weakref.ref(box.item, lambda wr: print("box item died"))
print("before")
del box.item
print("after", r())
