# math.dist: the Euclidean distance of two points (tuples, lists or any iterables), with CPython's errors
import math

print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2], (0.5, -1)), math.dist((), ()))
print(math.dist(iter([1, 2]), (1, 2)), math.dist((1, 2, 3), (4, 6, 8)), math.dist((10**20,), (0,)))
print(math.dist((True, 2.5), (0, 0)), math.dist((1e308, 1e308), (-1e308, -1e308)))
print(math.dist((float('nan'), 1), (1, 1)), math.dist((float('inf'), float('nan')), (0, 0)))
print(math.dist((1e-310, 0), (0, 1e-310)), math.dist((0.1, 0.2, 0.3), (0.3, 0.2, 0.1)))
for args in [((1,), (1, 2)), ((1, 'a'), (1, 2)), (1, (1,)), ((1,),), ((10**400,), (0,))]:
    try:
        math.dist(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
