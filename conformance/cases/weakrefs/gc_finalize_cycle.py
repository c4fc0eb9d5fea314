# backend: generational
# weakref.finalize on an object that only dies in a cycle: it runs at gc.collect().
import gc
import weakref


class Session:
    def __init__(self):
        self.me = self


closed = []
s = Session()
f = weakref.finalize(s, closed.append, "session closed")
del s
gc.collect()
print(closed, f.alive)
