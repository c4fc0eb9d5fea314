# Removing a dict entry frees its value at once: del d[k], pop, popitem, overwrite, clear (insertion order).
# refcount: same as CPython.
# pymalloc: no __del__ runs; only progress lines print.
class Val:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  free', self.name)

cache = {k: Val(k) for k in ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']}
print('del cache[k2]')
del cache['k2']
print('pop(k1)')
cache.pop('k1')
print('popitem() takes the newest')
cache.popitem()
print('overwrite k3')
cache['k3'] = Val('k3-new')
print('clear() frees in insertion order')
cache.clear()
print('empty', len(cache))
