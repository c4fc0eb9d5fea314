# backend: refcount, generational
# tracemalloc: current and peak traced memory around a temporary allocation, and reset_peak()
import tracemalloc

def build(n):
    return [str(i) * 1000 for i in range(n)]

tracemalloc.start()
cur0, peak0 = tracemalloc.get_traced_memory()
print('start:', cur0 <= peak0, cur0 < 10 * 1024)
data = build(200)
cur1, peak1 = tracemalloc.get_traced_memory()
print('built:', cur1 - cur0 >= 200 * 1000, peak1 >= cur1)
del data
cur2, peak2 = tracemalloc.get_traced_memory()
print('freed:', cur1 - cur2 >= 200 * 1000, peak2 == peak1, peak2 - cur2 >= 200 * 1000)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print('reset:', peak3 == cur3, peak3 < peak2)
small = build(10)
cur4, peak4 = tracemalloc.get_traced_memory()
print('small:', cur4 - cur3 >= 10 * 1000, peak4 >= cur4, peak4 < peak2)
tracemalloc.clear_traces()
print('cleared:', tracemalloc.get_traced_memory())
del small
current, peak = tracemalloc.get_traced_memory()
print('untraced frees ignored:', 0 <= current < 1024, current <= peak < 1024)
tracemalloc.stop()
print('stopped:', tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
print('reset while stopped:', tracemalloc.get_traced_memory())
