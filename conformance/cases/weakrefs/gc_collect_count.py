# backend: generational
# gc.collect() counts the garbage plus the weakrefs their own callbacks freed, as CPython's
# handle_weakrefs does; a weakref that outlives its callback is not counted.
import gc
import weakref

gc.disable()


class Node:
    pass


n = Node()
n.me = n
weakref.finalize(n, print, "finalized")
del n
print("finalize cycle:", gc.collect())

m = Node()
m.me = m
keep = weakref.ref(m, lambda w: print("callback, ref kept"))
del m
print("kept ref:", gc.collect(), keep())

refs = []
k = Node()
k.me = k
refs.append(weakref.ref(k, lambda w: refs.clear()))
del k
print("ref freed by its callback:", gc.collect(), refs)
