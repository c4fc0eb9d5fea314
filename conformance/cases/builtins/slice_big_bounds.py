# Slices hold their bounds: ints past 2**53 are objects of their own, kept alive by the slice
# (a tracing collector must follow a slice's fields although slices are not GC objects).
import gc

s = slice(2**70, -(2**71), 3)
t = slice(None, 2**64)
gc.collect()
print(s.start, s.stop, s.step)
print(t, t.stop - 1)
data = list(range(10))
print(data[s], data[t], data[:2**80:4])
