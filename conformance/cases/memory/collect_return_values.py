# gc.collect() returns the number of unreachable objects it found.
import gc

class Plain:
    pass

gc.disable()
gc.collect()
x = []
x.append(x)
del x
print('self-referencing list:', gc.collect())
d = {}
d['me'] = d
del d
print('self-referencing dict:', gc.collect())
a = Plain()
a.me = a
del a
print('self-referencing instance:', gc.collect())
p = Plain()
q = Plain()
p.q = q
q.p = p
del p, q
print('two instances:', gc.collect())
l1 = []
l2 = [l1]
l1.append(l2)
del l1, l2
print('two lists:', gc.collect())
print('nothing left:', gc.collect())
