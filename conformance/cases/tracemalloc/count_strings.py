# tracemalloc: each str built on a line is one traced block at that line (the counts equal CPython's)
import tracemalloc

def where(stat):
    frame = stat.traceback[0]
    return '%s:%d' % (frame.filename.rsplit('/', 1)[-1], frame.lineno)

keep = [None] * 60
tracemalloc.start()
for i in range(40):
    keep[i] = 'ab' * (i + 10)
for i in range(40, 60):
    keep[i] = 'cd' * (i - 30)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
lines = [tracemalloc.Filter(True, '*count_strings.py', lineno=11),
         tracemalloc.Filter(True, '*count_strings.py', lineno=13)]
stats = snap.filter_traces(lines).statistics('lineno')
for stat in stats:
    print(where(stat), stat.count)
print(stats[0].size >= sum(len(s) for s in keep[:40]))
print(stats[1].size >= sum(len(s) for s in keep[40:]))
by_file = snap.filter_traces(lines).statistics('filename')
print(len(by_file), by_file[0].count, by_file[0].traceback[0].lineno, by_file[0].size == stats[0].size + stats[1].size)
print(len(snap.filter_traces([lines[0]]).traces), len(snap.filter_traces([lines[1]]).traces))
