# backend: generational
# Weakrefs to objects in a reference cycle are cleared, and their callbacks run, when
# gc.collect() frees the cycle (events are printed afterwards: --gc-torture may collect sooner).
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


events = []
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
ra = weakref.ref(a, lambda wr: events.append(("a", wr())))
rb = weakref.ref(b, lambda wr: events.append(("b", wr())))
del a, b
print("cycle unreachable; refs still answer:", ra() is not None or events != [])
gc.collect()
print(sorted(events), ra(), rb())

cache = weakref.WeakValueDictionary()
x = Node("x")
x.peer = x
cache["x"] = x
del x
gc.collect()
print("weak value dict after collect:", len(cache), list(cache.keys()))
