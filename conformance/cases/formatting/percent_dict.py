# % formatting with a mapping: %(name)s, repeated keys, mixed specs.
data = {'name': 'Ann', 'age': 31, 'score': 92.456, 'tags': ['a', 'b']}
print('%(name)s is %(age)d years old' % data)
print('%(name)r scored %(score).1f (%(score)e)' % data)
print('%(name)s/%(name)s/%(name)-6s|' % data)
print('%(tags)s %(age)05d %(age)x' % data)
print('%(missing)s' % {'missing': 'present after all'})
try:
    print('%(nope)s' % data)
except KeyError as e:
    print('KeyError:', e)
print('%(a)s %%(b)s' % {'a': 1})
print('%s' % {'k': 'v'})
template = '%(item)-8s %(qty)4d %(price)8.2f'
for row in [{'item': 'pen', 'qty': 10, 'price': 1.25}, {'item': 'notebook', 'qty': 2, 'price': 3.5}]:
    print(template % row)
s = 'x = %d'
for i in range(3):
    print(s % i)
msg = '%s: %s'
print(msg % ('key', 'value'), (msg % ('a', 'b')).upper())
print('%c%c%c' % (80, 121, 'x'), '%5.1f%%' % 99.44)
print('%.3s|%.0f|%.0f|%.0f' % ('abcdef', 0.5, 1.5, 2.5))
print('%s %r' % (b'bytes', 'it\'s'))
