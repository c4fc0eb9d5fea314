# tracemalloc: memory from before start() is not traced, clear_traces() and stop() forget traces
import tracemalloc

def block(tag, n):
    return tag * n

old = [block('o', 500 + i) for i in range(20)]
tracemalloc.start()
fresh = [block('f', 500 + i) for i in range(20)]
snap = tracemalloc.take_snapshot()
mine = snap.filter_traces([tracemalloc.Filter(True, '*clear_and_stop.py')])
print(sorted(set(t.traceback[0].lineno for t in mine.traces)))
print(tracemalloc.get_object_traceback(old[0]), tracemalloc.get_object_traceback(fresh[0]) is not None)
current, peak = tracemalloc.get_traced_memory()
print(current >= 20 * 500, current < 200 * 1024)
tracemalloc.clear_traces()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(fresh[0]))
print(len(tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, '*clear_and_stop.py', lineno=5)]).traces))
later = block('l', 3000)
print(tracemalloc.get_object_traceback(later)[0].lineno)
print(tracemalloc.get_traced_memory()[0] >= 3000)
tracemalloc.stop()
print(tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(later))
tracemalloc.start()
print(tracemalloc.get_object_traceback(later), tracemalloc.get_traced_memory()[0] < 3000)
tracemalloc.stop()
