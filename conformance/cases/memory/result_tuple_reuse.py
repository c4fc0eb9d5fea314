# backend: generational, refcount, incremental
# gc-torture: off (a collection at every safepoint untracks a tuple of atoms before gc.is_tracked sees it)
# enumerate, zip and dict.items() hand their last tuple out again once nothing else holds it
# (CPython's en_result, zip's result, di_result): an unpacking loop allocates one tuple, and a
# loop that keeps each tuple in a name alternates between two.
import gc, sys

ids = [id(t) for t in enumerate('abcd')]
print('enumerate, tuple kept by the loop:', len(set(ids)))
ids = [id(t) for t in zip('abc', 'def')]
print('zip, tuple kept by the loop:', len(set(ids)))
ids = [id(t) for t in {1: 2, 3: 4, 5: 6}.items()]
print('items, tuple kept by the loop:', len(set(ids)))

# Kept tuples are never overwritten.
print(list(enumerate('ab')), list(zip('ab', 'cd')), list({1: 'x', 2: 'y'}.items()))
e = enumerate('xy')
a = next(e)
b = next(e)
print(a, b, a is b)

# A collection untracks a tuple of atoms; handing it out again tracks it again (bpo-42536).
e = enumerate([1.5, 2.5])
t = next(e)
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
del t
t = next(e)
print(t, gc.is_tracked(t))

# An argument that is exhausted or raises part-way leaves zip usable.
z = zip([1, 2, 3], 'ab')
print(next(z), next(z), list(z))
class Boom:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('boom')
z = zip([1, 2], Boom())
for _ in range(2):
    try:
        next(z)
    except ValueError as exc:
        print('raised', exc)
