from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od)
od.move_to_end('b')
print(od, list(od))
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(k=1))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == dict(b=2, a=1), o1 == o2.copy() or 'order matters')
print(OrderedDict.fromkeys('xyz', 0))
print(list(reversed(OrderedDict.fromkeys('abc'))))
print(o1 | {'c': 3}, type(o1 | {'c': 3}).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    o1.move_to_end('zz')
except KeyError as e:
    print('KeyError:', e)
lru = OrderedDict()
for key in ['a', 'b', 'c', 'a', 'd']:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
print(isinstance(o1, dict), o1.get('a'), o1.setdefault('z', 9), o1)
