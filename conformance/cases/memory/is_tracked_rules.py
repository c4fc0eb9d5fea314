# Which objects the collector tracks: containers that can form cycles; atoms never.
import gc

class C:
    pass

print('int', gc.is_tracked(1))
print('str', gc.is_tracked('abc'))
print('float', gc.is_tracked(1.5))
print('None', gc.is_tracked(None))
print('empty list', gc.is_tracked([]))
print('list of ints', gc.is_tracked([1, 2]))
print('empty dict', gc.is_tracked({}))
print('dict of atoms', gc.is_tracked({'a': 1, 'b': 'x'}))
print('dict with a list', gc.is_tracked({'a': []}))
print('instance', gc.is_tracked(C()))
print('class', gc.is_tracked(C))
print('function', gc.is_tracked(lambda: 0))
d = {}
print('dict before', gc.is_tracked(d))
d['l'] = []
print('dict after storing a list', gc.is_tracked(d))
t = (1, 2, [])
print('tuple holding a list', gc.is_tracked(t))
