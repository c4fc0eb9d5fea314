# An exception in a gc callback is reported as "Exception ignored in" on stderr; collection goes on.
# gc-torture: off (counts the collections it sees)
# refcount: same as CPython except that 'stop' reports 0 collected.  pymalloc: same as refcount.
import gc

class Node:
    pass

def broken(phase, info):
    if phase == 'stop':
        raise RuntimeError('callback failed in ' + phase)

results = []

def healthy(phase, info):
    results.append((phase, info['collected']))

gc.disable()
gc.collect()
gc.callbacks.extend([broken, healthy])
n = Node()
n.me = n
del n
print('collect():', gc.collect())
print('healthy saw:', results)
gc.callbacks.clear()
print('program continues')
