# DEBUG_SAVEALL still runs __del__ but keeps the trash in gc.garbage, materialized __dict__s included.
# refcount: nothing is unreachable to it: no __del__ and gc.garbage stays empty.
# pymalloc: same as refcount.
import gc

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)

gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Node('a')
b = Node('b')
a.peer, b.peer = b, a
a.__dict__
del a, b
print('collect():', gc.collect())
print('garbage types:', sorted(type(o).__name__ for o in gc.garbage))
print('names:', sorted(o.name for o in gc.garbage if isinstance(o, Node)))
gc.set_debug(0)
del gc.garbage[:]
print('freed without a second __del__:', gc.collect())
