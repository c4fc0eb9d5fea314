# tracemalloc: compare_to() between two snapshots of a running program, biggest growth first
import tracemalloc

def grow(store, start, stop):
    for i in range(start, stop):
        store[i] = 'item-%d' % (i * 1000)

def line_of(stat):
    frame = stat.traceback[0]
    return '%s:%d' % (frame.filename.rsplit('/', 1)[-1], frame.lineno)

store = [None] * 60
tracemalloc.start()
grow(store, 0, 20)
snap1 = tracemalloc.take_snapshot()
grow(store, 20, 60)
blob = 'z' * (store.index(None) if None in store else 64 * 1024)
snap2 = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, '<unknown>')]
snap1 = snap1.filter_traces(mine)
snap2 = snap2.filter_traces(mine)
diffs = snap2.compare_to(snap1, 'lineno')
for d in diffs[:2]:
    print(line_of(d), d.size_diff > 0, d.count_diff > 0)
by_line = {line_of(d): d for d in diffs}
g = by_line['compare_growth.py:6']
print('grow:', g.count, g.count_diff, g.size - g.size_diff == snap1.statistics('lineno')[0].size)
b = by_line['compare_growth.py:17']
print('blob:', b.size_diff >= 64 * 1024, b.size == b.size_diff, b.count, b.count_diff)
print('sorted:', all(abs(x.size_diff) >= abs(y.size_diff) for x, y in zip(diffs, diffs[1:])))
back = snap1.compare_to(snap2, 'lineno')
print([line_of(d) for d in back[:2]], back[0].size_diff < 0, back[0].size, back[0].count)
print(snap2.compare_to(snap2, 'filename')[0].size_diff, snap2.compare_to(snap2, 'filename')[0].count_diff)
top = snap2.compare_to(snap1, 'filename')[0]
print(line_of(top), top.count_diff >= 41, top.size_diff >= 64 * 1024 + 40 * 8)
