# gc.get_count()[0] counts container allocations minus deallocations since the last collection.
# gc-torture: off (prints allocation counters)
# refcount: same as CPython: collections are counted in get_count()[1:] as under generational.
# pymalloc: nothing is deallocated, so the count never shrinks; collections are counted as CPython does.
import gc

class N:
    pass

gc.disable()
gc.collect()
lst = []
before = gc.get_count()[0]
for i in range(100):
    lst.append(N())
after = gc.get_count()[0]
# one more than 100: the tuple returned by the first get_count() was counted, then kept on a free list
print('grew by', after - before)
before = gc.get_count()[0]
del lst[:50]
after = gc.get_count()[0]
print('shrank by', before - after)
gc.collect()
print('after collect():', gc.get_count())
gc.collect(0)
gc.collect(0)
gc.collect(0)
print('after three collect(0):', gc.get_count())
gc.collect(1)
print('after collect(1):', gc.get_count())
