# collect() counts each unreachable tracked container: lists, dicts, tuples, sets, frozensets, instances.
# refcount: every collect() returns 0.
# pymalloc: every collect() returns 0.
import gc

class P:
    pass

gc.disable()
gc.collect()
t = ([],)
t[0].append(t)
del t
print('tuple <-> list:', gc.collect())
a = P()
a.s = {a}
del a
print('instance in a set it owns:', gc.collect())
a = P()
a.fs = frozenset([a])
del a
print('instance in a frozenset:', gc.collect())
l = [1.5, 'text', None]
l.append(l)
del l
print('list of atoms plus itself:', gc.collect())
a = P()
a.me = a
a.t = tuple(range(3))
del a
print('instance with a run-time tuple of ints:', gc.collect())
a = P()
a.me = a
a.t = (1, 2, 3)
del a
print('instance with a constant tuple:', gc.collect())
a = P()
a.me = a
a.data = [[1], [2], {'k': [3]}]
del a
print('instance with nested containers:', gc.collect())
