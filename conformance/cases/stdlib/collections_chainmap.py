from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm))
print(cm)
cm['color'] = 'blue'
print(args, defaults)
child = cm.new_child({'user': 'child'})
print(child['user'], child.parents['user'], child.maps[0])
print('color' in cm, 'zzz' in cm, cm.get('zzz', 0))
try:
    cm['zzz']
except KeyError as e:
    print('KeyError:', e)
del cm['color']
print(cm['color'])
try:
    del cm['color']
except KeyError as e:
    print('KeyError:', e)
print(list(ChainMap({'a': 1}, {'b': 2, 'a': 3})), dict(ChainMap({'a': 1}, {'b': 2}).items()))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {'x': 1})))
