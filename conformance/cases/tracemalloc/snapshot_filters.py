# tracemalloc: filter_traces() with Filter (patterns, lineno, all_frames, domain) and DomainFilter
from tracemalloc import DomainFilter, Filter, Snapshot

snap = Snapshot([
    (0, 100, (('a.py', 2),), 1),
    (0, 50, (('a.py', 2),), 1),
    (0, 4000, (('b.py', 7), ('a.py', 9)), 2),
    (1, 30, (('lib/c.pyc', 1),), 1),
    (0, 30, (('<unknown>', 0),), 0),
    (0, 12000, (('b.py', 8), ('a.py', 9)), 2),
    (2, 100, (('a.py', 3),), 1),
    (0, 100, (('dir/[x].py', 1),), 1),
], 2)

def show(filters):
    kept = snap.filter_traces(filters)
    print(len(kept.traces), sorted((t.size, str(t.traceback)) for t in kept.traces))

show([])
show([Filter(True, 'a.py')])
show([Filter(False, 'a.py')])
show([Filter(True, 'a.py', all_frames=True)])
show([Filter(False, 'a.py', all_frames=True)])
show([Filter(True, 'a.py', lineno=2)])
show([Filter(False, 'a.py', lineno=2)])
show([Filter(True, '*.py')])
show([Filter(True, 'lib/c.py')])
show([Filter(True, 'lib/*')])
show([Filter(True, '?.py'), Filter(False, 'b.py')])
show([Filter(True, 'a.py'), Filter(True, 'b.py')])
show([Filter(False, '<unknown>'), Filter(False, '[ab].py')])
show([Filter(True, '[!a].py')])
show([Filter(True, 'dir/[[]x].py')])
show([Filter(True, '*', domain=1)])
show([Filter(False, '*', domain=1)])
show([Filter(False, 'a.py', domain=2)])
show([DomainFilter(True, 1)])
show([DomainFilter(False, 0)])
show((Filter(True, 'b.py'),))
f = Filter(True, 'x.pyc', lineno=3)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = DomainFilter(False, 3)
print(d.inclusive, d.domain)
try:
    snap.filter_traces(5)
except TypeError as e:
    print('TypeError:', e)
copy = snap.filter_traces([])
print(copy is snap, copy.traces == snap.traces, copy.traceback_limit)
