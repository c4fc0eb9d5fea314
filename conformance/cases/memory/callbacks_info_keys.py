# gc.callbacks get (phase, info): info has generation/collected/uncollectable; 'start' always reports 0 found.
# gc-torture: off (counts the collections it sees)
# refcount: the same calls happen, but 'stop' reports collected 0.  pymalloc: same as refcount.
import gc

log = []

def recorder(phase, info):
    log.append((phase, sorted(info), info['generation'], info['collected'], info['uncollectable']))

class Node:
    pass

gc.disable()
gc.collect()
gc.callbacks.append(recorder)
a = Node()
b = Node()
a.b, b.a = b, a
del a, b
gc.collect(1)
gc.callbacks.remove(recorder)
for entry in log:
    print(entry)
print('callbacks left:', len(gc.callbacks))
