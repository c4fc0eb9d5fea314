# tracemalloc: statistics by traceback and cumulative statistics with start(3), frames oldest first
import tracemalloc

def make(n, width):
    out = [None] * n
    for i in range(n):
        out[i] = '=' * (width + i % 5)
    return out

def first():
    return make(30, 40)

def second():
    return make(10, 200)

def name(frame):
    return '%s:%d' % (frame.filename.rsplit('/', 1)[-1], frame.lineno)

tracemalloc.start(3)
a = first()
b = second()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, '*nframe_stats.py', lineno=7)])
tracemalloc.stop()
print(snap.traceback_limit)
print('by lineno:')
for stat in snap.statistics('lineno'):
    print(' ', name(stat.traceback[0]), stat.count, len(stat.traceback))
print('by traceback:')
stats = snap.statistics('traceback')
for stat in stats:
    print(' ', [name(f) for f in stat.traceback], stat.count, str(stat.traceback).rsplit('/', 1)[-1])
print(stats[0].count > stats[1].count, stats[0].size > stats[1].size)
print('cumulative:')
for stat in snap.statistics('lineno', cumulative=True):
    print(' ', name(stat.traceback[0]), stat.count)
for stat in snap.statistics('filename', cumulative=True):
    print(' ', name(stat.traceback[0]), stat.count)
trace = snap.traces[0]
print(trace.domain, len(trace.traceback), trace.traceback.total_nframe)
print(name(trace.traceback[-1]), str(trace).split(': ')[0].rsplit('/', 1)[-1])
