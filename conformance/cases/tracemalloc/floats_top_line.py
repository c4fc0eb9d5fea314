# gc-torture: off (10,000 traced floats; a collection at every safepoint makes this case take minutes)
# tracemalloc: the line that built a list of 10,000 floats is the top statistic, with at least 100 KiB
import tracemalloc

def where(stat):
    frame = stat.traceback[0]
    return '%s:%d' % (frame.filename.rsplit('/', 1)[-1], frame.lineno)

tracemalloc.start()
small = [str(i) for i in range(300, 400)]
floats = [i * 0.25 for i in range(10000)]
snap = tracemalloc.take_snapshot()
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
stats = snap.statistics('lineno')
top = stats[0]
print(where(top), top.size >= 100 * 1024, top.count >= 9800)
print(where(stats[1]), stats[1].count >= 100)
print(current >= 100 * 1024, peak >= current)
print(where(snap.statistics('filename')[0]), len(snap.traces) >= 10000)
print(len(floats), floats[-1])
