# gc.callbacks are called with ('start'|'stop', info) around every collection.
# gc-torture: off (counts the collections it sees)
import gc

seen = []

def cb(phase, info):
    seen.append((phase, info['generation'], info['collected'], info['uncollectable']))

gc.disable()
gc.callbacks.append(cb)
x = []
x.append(x)
del x
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
gc.collect()
for event in seen:
    print(event)
print(sorted(gc.get_stats()[0].keys()))
