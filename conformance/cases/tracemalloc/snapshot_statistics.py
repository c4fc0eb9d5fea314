# tracemalloc: Snapshot.statistics() by lineno, filename and traceback, cumulative, over given traces
from tracemalloc import Snapshot

# (domain, size, frames most recent first, total_nframe): the form _get_traces() returns
traces = [
    (0, 100, (('a.py', 2),), 1),
    (0, 50, (('a.py', 2),), 1),
    (0, 4000, (('b.py', 7), ('a.py', 9)), 2),
    (1, 30, (('lib/c.pyc', 1),), 1),
    (0, 30, (('<unknown>', 0),), 0),
    (0, 12000, (('b.py', 8), ('a.py', 9)), 5),
    (0, 100, (('a.py', 3),), 1),
    (0, 100, (('a.py', 1),), 1),
]
snap = Snapshot(traces, 2)
print(repr(snap.traces), len(snap.traces), snap.traceback_limit)
for t in snap.traces:
    print(t, '|', repr(t), '|', t.domain, t.size, t.traceback.total_nframe)
print(snap.traces[0] == snap.traces[0], snap.traces[0] == snap.traces[1], snap.traces[2] in snap.traces)
print(snap.traces[1:3])
for key in ('lineno', 'filename', 'traceback'):
    print('--', key)
    for stat in snap.statistics(key):
        print(stat, '|', repr(stat))
for key in ('lineno', 'filename'):
    print('-- cumulative', key)
    for stat in snap.statistics(key, cumulative=True):
        print(stat)
for bad in [('bogus', False), ('traceback', True)]:
    try:
        snap.statistics(*bad)
    except ValueError as e:
        print('ValueError:', e)
print(Snapshot([], 1).statistics('lineno'))
