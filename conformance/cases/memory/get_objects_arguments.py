# gc.get_objects(generation=...) argument checking, and counting only objects of our own type.
# refcount: same as CPython (the checks do not depend on the backend).
# pymalloc: the deleted markers are never freed, so get_objects() still lists them.
import gc

class Marker:
    pass

gc.disable()
keep = [Marker() for _ in range(3)]
print('markers anywhere:', sum(isinstance(o, Marker) for o in gc.get_objects()))
print('None means all:', sum(isinstance(o, Marker) for o in gc.get_objects(None)))
print('-1 means all too:', sum(isinstance(o, Marker) for o in gc.get_objects(-1)))
for bad in (3, -2, 'x', 1.5):
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
del keep
print('after del:', sum(isinstance(o, Marker) for o in gc.get_objects()))
