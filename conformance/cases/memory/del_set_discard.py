# Set members die when discarded, removed, popped or when the set is rebound; keys of dicts likewise.
# refcount: same as CPython.
# pymalloc: no __del__ runs; only progress lines print.
class Key:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  free', self.name)

k = Key('discarded')
s = {k}
del k
print('discard')
s.discard(next(iter(s)))
s.add(Key('removed'))
print('remove')
s.remove(next(iter(s)))
s.add(Key('popped'))
print('pop (result dropped)')
s.pop()
s.add(Key('left-in-set'))
print('rebind the set')
s = set()
d = {Key('dict-key'): 1}
print('delete the only dict key')
del d[next(iter(d))]
print('end')
