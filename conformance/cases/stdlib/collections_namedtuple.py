from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[1], len(p))
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple))
print(Point._fields, Point.__name__, Point.__doc__)
print(p._asdict())
print(p._replace(x=33), p)
print(Point._make([1, 2]), Point._make(range(2)))
print(Point)
Color = namedtuple('Color', 'red green blue', defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
Pair = namedtuple('Pair', 'a, b')
print(Pair(b=1, a=2))
R = namedtuple('R', 'ok def _x ok', rename=True)
print(R._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
d = {Point(1, 2): 'a'}
print(d[Point(1, 2)], d.get(Point(1, 2)), hash(Point(3, 4)) == hash((3, 4)))
print(max([Point(1, 9), Point(5, 0)], key=lambda q: q.y))
class Vec(namedtuple('Vec', 'x y')):
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Vec(3, -4).norm1(), Vec(1, 2))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
print(Point(*[5, 6]), Point(**{'x': 7, 'y': 8}), list(Point(1, 2)), p[-1], p[:1])
