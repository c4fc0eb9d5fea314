# str.format with positional, keyword, index and attribute fields.
print('{} {} {}'.format('a', 'b', 'c'))
print('{0} {1} {0} {2}'.format('x', 'y', 'z'))
print('{name} is {age}'.format(name='Bob', age=40))
print('{0} and {other}'.format('first', other='second'))
point = (3, 4)
print('x={0[0]} y={0[1]}'.format(point))
d = {'k': 'value', 'n': 5}
print('{0[k]} {0[n]} {d[k]}'.format(d, d=d))
print('{p[0]}-{p[1]}'.format(p=['left', 'right']))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1.5, -2)
print('({0.x}, {0.y}) ({pt.x:.2f}, {pt.y:+d})'.format(p, pt=p))
print('{0!r} {0!s} {1!r}'.format('text', 3))
print('{{}} {{{0}}} {{0}}'.format('inside'))
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('r', 'l', 'c', 'mid'))
print('{:08.3f} {:,} {:x} {:#b} {:.1%}'.format(3.14159, 1234567, 255, 5, 0.123))
print('{0:{1}} [{0:>{w}}]'.format('s', 4, w=6))
args = ['a', 'b']
kwargs = {'c': 'C'}
print('{} {} {c}'.format(*args, **kwargs))
print('{0[0][1]} {0[1][0]}'.format([['a', 'b'], ['c']]))
try:
    '{} {}'.format('only one')
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format(present=1)
except KeyError as e:
    print('KeyError:', e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
fmt = '{:<6}{:>6}'
print(fmt.format('ab', 'cd'), len(fmt.format('', '')))
print('{}'.format(None), '{}'.format([1, 'a']), '{:5}|'.format(True), '{}'.format(1.0))
