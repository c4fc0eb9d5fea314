# Tuples of atoms are untracked by the first collection that sees them; dicts of atoms are never tracked.
# refcount: same as CPython: collect() runs the untracking pass even though it finds no garbage.
# pymalloc: same as CPython.
import gc

gc.disable()
gc.collect()
t = tuple([1, 2, 3])
print('run-time tuple of ints before collect:', gc.is_tracked(t))
u = tuple(['a', []])
print('tuple holding a list:', gc.is_tracked(u))
d = dict(a=1)
print('dict of atoms:', gc.is_tracked(d))
gc.collect()
print('tuple of ints after collect:', gc.is_tracked(t))
print('tuple holding a list after collect:', gc.is_tracked(u))
d['l'] = []
print('dict after storing a list:', gc.is_tracked(d))
del d['l']
gc.collect()
print('dict after the list is gone and a full collect:', gc.is_tracked(d))
print('empty tuple:', gc.is_tracked(()))
