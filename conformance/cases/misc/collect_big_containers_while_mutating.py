# Big containers mutated between collections: under --gc incremental the marker traverses a list
# or dict in pieces across increments, and the program changes them in between. Whatever the
# backend, every live object survives and every cycle dropped is eventually collected.
import gc

gc.set_threshold(50, 1)
d = {i: [i] for i in range(1000)}
l = [[i] for i in range(1000)]
gc.collect()
for step in range(60):
    a = [step]
    a.append(a)  # a cycle, garbage at the next rebinding
    d[step] = [step, step]
    del d[1000 - 1 - step]
    d[2000 + step] = [step]
    del l[0]
    l.append([step])
    gc.collect(1)
del a
print(len(d), len(l))
print(sum(len(v) for v in d.values()), sum(v[0] for v in l))
print(gc.collect() >= 0)
