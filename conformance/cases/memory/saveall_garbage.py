# DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.
import gc

class Node:
    def __init__(self, name):
        self.name = name

gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
n = gc.collect()
print('found', n)
print(sorted(type(o).__name__ for o in gc.garbage))
print(sorted(o.name for o in gc.garbage if isinstance(o, Node)))
gc.set_debug(0)
gc.garbage.clear()
print('garbage cleared', len(gc.garbage))
print('DEBUG_LEAK', gc.DEBUG_LEAK, 'DEBUG_STATS', gc.DEBUG_STATS)
