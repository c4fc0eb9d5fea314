# tracemalloc: is_tracing, start(nframe)/stop, traceback limit, memory counters while stopped, argument errors
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
tracemalloc.clear_traces()
print(tracemalloc.get_object_traceback([1, 2]))
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)

tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
current, peak = tracemalloc.get_traced_memory()
print(type(current).__name__, current <= peak, tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.start(10)  # already tracing: the running configuration stays
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
tracemalloc.stop()  # stopping twice is harmless

tracemalloc.start(25)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit)
tracemalloc.stop()
print(tracemalloc.get_traceback_limit())

for bad in (0, -3, 65536, 'two', 1.5, None):
    try:
        tracemalloc.start(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(tracemalloc.is_tracing())
tracemalloc.start(65535)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
for call in (lambda: tracemalloc.start(1, 2), lambda: tracemalloc.start(nframe=3),
             lambda: tracemalloc.is_tracing(1), lambda: tracemalloc.get_traced_memory(0)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(tracemalloc.get_object_traceback(None), tracemalloc.get_object_traceback(12))
names = ['start', 'stop', 'is_tracing', 'clear_traces', 'get_traced_memory', 'reset_peak',
         'get_traceback_limit', 'get_tracemalloc_memory', 'get_object_traceback', 'take_snapshot',
         'Snapshot', 'Statistic', 'StatisticDiff', 'Traceback', 'Frame', 'Filter', 'DomainFilter', 'Trace']
print([n for n in names if not hasattr(tracemalloc, n)])
