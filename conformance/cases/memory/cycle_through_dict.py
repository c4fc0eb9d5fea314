# A registry dict that holds its owner: owner and dict are both counted by collect().
# refcount: the cycle leaks; collect() returns 0 and no __del__ runs.
# pymalloc: same as refcount.
import gc

class Registry:
    def __init__(self):
        self.entries = {}

    def register(self, name, obj):
        self.entries[name] = obj

    def __del__(self):
        print('del Registry with', sorted(self.entries))

gc.disable()
gc.collect()
r = Registry()
r.register('self', r)
r.register('count', 3)
del r
print('collect():', gc.collect())
d = {}
d['a'] = {'back': d}
del d
print('two dicts:', gc.collect())
