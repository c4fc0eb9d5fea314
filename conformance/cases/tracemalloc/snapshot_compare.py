# tracemalloc: Snapshot.compare_to() and its order (abs size diff, size, abs count diff, count, traceback)
from tracemalloc import Snapshot

old = Snapshot([
    (0, 100, (('a.py', 2),), 1),
    (0, 50, (('a.py', 2),), 1),
    (0, 4000, (('b.py', 7), ('a.py', 9)), 2),
    (0, 12000, (('b.py', 8), ('a.py', 9)), 2),
    (0, 100, (('a.py', 3),), 1),
    (0, 100, (('a.py', 1),), 1),
    (0, 64, (('c.py', 5),), 1),
    (0, 64, (('c.py', 6),), 1),
], 2)
new = Snapshot([
    (0, 150, (('a.py', 2),), 1),
    (0, 4000, (('b.py', 7), ('a.py', 9)), 2),
    (0, 5000, (('d.py', 1),), 1),
    (0, 5000, (('d.py', 1),), 1),
    (0, 100, (('a.py', 3),), 1),
    (0, 50, (('a.py', 1),), 1),
    (0, 50, (('a.py', 1),), 1),
    (0, 32, (('c.py', 5),), 1),
    (0, 32, (('c.py', 5),), 1),
    (0, 64, (('c.py', 7),), 1),
], 2)
for key in ('lineno', 'filename', 'traceback'):
    print('--', key)
    for diff in new.compare_to(old, key):
        print(diff, '|', repr(diff))
print('-- cumulative')
for diff in new.compare_to(old, 'lineno', cumulative=True):
    print(diff)
print('-- reversed')
for diff in old.compare_to(new, 'filename'):
    print(diff)
print('-- same')
print([str(d) for d in new.compare_to(new, 'filename')])
