# gc.is_finalized is True only after a __del__ ran on a still-living object; plain objects never are.
# refcount: cycles are never finalized, so the cycle member stays unfinalized.
# pymalloc: no __del__ ever runs: nothing is ever finalized.
import gc

keep = []

class Keeper:
    def __del__(self):
        keep.append(self)

class Plain:
    pass

gc.disable()
gc.collect()
print('plain object:', gc.is_finalized(Plain()))
print('int:', gc.is_finalized(1))
k = Keeper()
print('before:', gc.is_finalized(k))
k = None
print('refcount death + resurrection:', keep and gc.is_finalized(keep[-1]))
c = Keeper()
c.me = c
c = None
gc.collect()
print('cycle member resurrected by collect:', len(keep), keep and gc.is_finalized(keep[-1]))
keep.clear()
print('collect():', gc.collect())
