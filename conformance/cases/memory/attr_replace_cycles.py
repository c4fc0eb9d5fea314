# backend: generational, incremental, marksweep, refcount
# Cycles made by replacing the value of an attribute an instance already has (STORE_ATTR's
# in-place path): the collector must still find them, with the attributes stored inline and in
# a dict of the instance's own.
import gc


def put(o, v):
    o.y = v


class Node:
    def __init__(self, name):
        self.name = name
        self.y = None

    def __del__(self):
        print('del', self.name)


gc.collect()
gc.disable()
for name in ('p', 'q'):
    n = Node(name)
    put(n, 0)
    put(n, n)
del n
print('collected', gc.collect() >= 2)


# An instance whose __dict__ has been asked for has a dict of its own, tracked once it may hold
# a cycle.
b = Node('r')
d = b.__dict__
put(b, 0)
print('tracked with an int', gc.is_tracked(d))
put(b, [b])
print('tracked with a list', gc.is_tracked(d))
del b, d
print('dict cycle collected', gc.collect() >= 1)
gc.enable()
print('end')
