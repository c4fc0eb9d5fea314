# backend: generational
# A weakref that is itself part of the garbage never calls its callback (CPython's
# handle_weakrefs); one that survives the collection does.
import gc
import weakref


class Holder:
    pass


events = []
h = Holder()
h.me = h
h.ref_to_me = weakref.ref(h, lambda wr: events.append("trash ref callback"))
survivor = weakref.ref(h, lambda wr: events.append("surviving ref callback"))
del h
gc.collect()
print(events, survivor())

# The callback is stored on the garbage too: both die together, nothing is called.
events.clear()
g = Holder()
g.self = g
g.cb = lambda wr: events.append("self callback")
g.r = weakref.ref(g, g.cb)
del g
gc.collect()
print(events)
