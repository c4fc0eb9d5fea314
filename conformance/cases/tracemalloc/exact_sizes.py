# tracemalloc: str objects of 16k+15 ASCII chars take the same bytes in the model and in CPython, so whole statistics lines match
import tracemalloc

def show(stat):
    print(str(stat).rsplit('/', 1)[-1])

n = 47
keep = [None] * 40
tracemalloc.start()
for i in range(3):
    keep[i] = 'x' * n
snap1 = tracemalloc.take_snapshot()
for i in range(3, 33):
    keep[i] = 'y' * (n + 960)
snap2 = tracemalloc.take_snapshot()
tracemalloc.stop()
lines = [tracemalloc.Filter(True, '*exact_sizes.py', lineno=11),
         tracemalloc.Filter(True, '*exact_sizes.py', lineno=14)]
snap1 = snap1.filter_traces(lines)
snap2 = snap2.filter_traces(lines)
for stat in snap1.statistics('lineno'):
    show(stat)
for stat in snap2.statistics('lineno'):
    show(stat)
for diff in snap2.compare_to(snap1, 'lineno'):
    show(diff)
show(snap2.statistics('filename')[0])
for trace in snap1.traces:
    print(str(trace).rsplit('/', 1)[-1])
