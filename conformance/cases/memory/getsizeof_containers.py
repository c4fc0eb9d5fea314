# sys.getsizeof of lists, dicts and sets: the header plus the allocated (over-allocated) item storage.
# refcount: same as CPython.
# pymalloc: same as CPython.
import sys

print('list []', sys.getsizeof([]))
print('list [1, 2, 3]', sys.getsizeof([1, 2, 3]))
grown = []
sizes = []
for i in range(10):
    grown.append(i)
    sizes.append(sys.getsizeof(grown))
print('list growth', sizes)
print('dict {}', sys.getsizeof({}))
print('dict of 1', sys.getsizeof({'a': 1}))
print('dict of 10', sys.getsizeof({str(i): i for i in range(10)}))
print('set()', sys.getsizeof(set()))
print('set of 5', sys.getsizeof({1, 2, 3, 4, 5}))
