# backend: generational
# In a collection, weakrefs to the garbage are cleared and their callbacks run before any
# __del__ of the garbage (the opposite of the refcount path, where __del__ comes first).
import gc
import weakref


class Part:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.other = None

    def __del__(self):
        self.log.append(("__del__", self.name, watch() is None))


log = []
p, q = Part("p", log), Part("q", log)
p.other, q.other = q, p
watch = weakref.ref(p, lambda wr: log.append(("callback", "p")))
del p, q
gc.collect()
print(log[0])
print(sorted(log[1:]))
