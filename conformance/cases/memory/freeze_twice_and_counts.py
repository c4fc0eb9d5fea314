# Freezing twice adds only the newly tracked objects; get_count() restarts at freeze; unfreeze empties it all.
# gc-torture: off (prints allocation counters)
# refcount: same as CPython.  pymalloc: same as CPython.
import gc

class Item:
    pass

gc.disable()
gc.collect()
gc.freeze()
first = gc.get_freeze_count()
print('count after freeze:', gc.get_count()[0])
items = [Item() for _ in range(10)]
gc.freeze()
print('second freeze added our 10 items, the list and more:', gc.get_freeze_count() - first >= 11)
print('items visible to get_objects:', sum(isinstance(o, Item) for o in gc.get_objects()))
gc.unfreeze()
print('after unfreeze:', gc.get_freeze_count(), sum(isinstance(o, Item) for o in gc.get_objects()))
