# backend: generational, refcount
# Several weakrefs to one object: CPython keeps the callback-less ref first and calls the
# callbacks of the others newest first.
import weakref


class Target:
    pass


order = []
t = Target()
plain = weakref.ref(t)
first = weakref.ref(t, lambda wr: order.append("first"))
second = weakref.ref(t, lambda wr: order.append("second"))
px = weakref.proxy(t)
third = weakref.ref(t, lambda wr: order.append("third"))
pcb = weakref.proxy(t, lambda p: order.append("proxy"))
names = {id(plain): "plain", id(first): "first", id(second): "second", id(third): "third",
         id(px): "proxy", id(pcb): "proxy-cb"}
print([names[id(w)] for w in weakref.getweakrefs(t)])
print(weakref.getweakrefcount(t))
del t
print(order)
print([w() for w in (plain, first, second, third)])


# A callback that itself drops the last reference to another watched object: nested deaths.
class Chain:
    def __init__(self, name, nxt=None):
        self.name = name
        self.next = nxt


tail = Chain("tail")
head = Chain("head", tail)
wt = weakref.ref(tail, lambda wr: print("tail died"))
tail = None
wh = weakref.ref(head, lambda wr: print("head died"))
head = None
print("both dead:", wh() is None and wt() is None)
