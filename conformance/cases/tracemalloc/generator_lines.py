# tracemalloc: allocations in generators, methods and class bodies belong to the line that ran them
import tracemalloc

def where(frame):
    return '%s:%d' % (frame.filename.rsplit('/', 1)[-1], frame.lineno)

def produce(n):
    for i in range(n):
        yield 'g' * (100 + i)

class Box:
    label = 'b' * 300 if __name__ == '__main__' else ''

    def make(self, n):
        return 'm' * n

tracemalloc.start(2)
items = list(produce(5))
obj = Box()
m = obj.make(700)
for value in (items[0], items[4], m, Box.label):
    tb = tracemalloc.get_object_traceback(value)
    print(None if tb is None else [where(f) for f in tb])
gen = produce(3)
first = next(gen)
second = next(gen)
print([where(f) for f in tracemalloc.get_object_traceback(first)])
print([where(f) for f in tracemalloc.get_object_traceback(second)])
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, '*generator_lines.py', lineno=9)])
print([(where(s.traceback[0]), s.count) for s in snap.statistics('lineno')])
print([([where(f) for f in s.traceback], s.count) for s in snap.statistics('traceback')])
tracemalloc.stop()
