# Nested tuples: inner ones are untracked first, so one collection untracks the whole nest of atoms.
# refcount: same as CPython: collect() runs the untracking pass even though it finds no garbage.
# pymalloc: same as CPython.
import gc

gc.disable()
gc.collect()
inner = tuple([1, 2])
outer = tuple([inner, 'x'])
holder = tuple([outer, []])
print('before:', gc.is_tracked(inner), gc.is_tracked(outer), gc.is_tracked(holder))
gc.collect(0)
print('after collect(0):', gc.is_tracked(inner), gc.is_tracked(outer), gc.is_tracked(holder))
holder[1].append(1)
gc.collect()
print('a list inside keeps the holder tracked:', gc.is_tracked(holder))
