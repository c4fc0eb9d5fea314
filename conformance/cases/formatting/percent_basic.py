# printf-style % formatting: %s %r %d %i %f %e %g %x %o %c %% with tuples and single values.
print('%s and %s' % ('this', 'that'))
print('%r vs %s' % ('quoted', 'plain'))
print('%d items at %f each' % (3, 1.5))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%.2f|%8.3f|%-8.1f|%08.2f|%+.1f' % (3.14159, 2.71828, 1.5, -3.5, 2.0))
print('%e|%.2E|%g|%g|%G' % (12345.678, 0.00012, 0.00001, 123456789.0, 1e-10))
print('%x|%X|%#x|%o|%#o|%c|%c' % (255, 255, 255, 8, 8, 65, 'z'))
print('100%% sure, %d%%' % 50)
print('%s' % 'single value', '%d' % 7, '%s' % [1, 2], '%s' % (None,))
print('%s' % ((1, 2),), '%r' % ((1, 2),))
print('%-10s|%10s|%.2s|%5.1s|' % ('left', 'right', 'truncate', 'xyz'))
print('%i %d %d' % (3.9, -2.5, True), '%s %s' % (True, 3.0))
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%3s|%-3s|' % ('long string', 'ab'))
try:
    print('%d %d' % (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % (1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
rows = [('alpha', 1, 0.5), ('beta', 22, 12.25)]
for r in rows:
    print('%-6s %3d %6.2f' % r)
