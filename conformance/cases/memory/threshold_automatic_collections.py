# With gc enabled, allocations past threshold0 trigger collections; every threshold1-th one is of generation 1.
# gc-torture: off (records which automatic collections happen)
# refcount: no automatic collections (gc.enable() has no effect); pymalloc: same as refcount.
import gc

class N:
    pass

seen = []

def cb(phase, info):
    if phase == 'stop':
        seen.append(info['generation'])

gc.disable()
gc.callbacks.append(cb)
gc.set_threshold(10, 3, 100)
gc.collect()
seen.clear()
gc.enable()
keep = []
for i in range(95):
    keep.append(N())
gc.disable()
print('automatic collections:', seen)
print('threshold:', gc.get_threshold())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
