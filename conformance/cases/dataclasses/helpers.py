# fields(), asdict(), astuple(), replace(), is_dataclass() and the Field objects
import collections
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, Field


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Shape:
    name: str
    points: list
    meta: dict = field(default_factory=dict, metadata={'unit': 'cm'})
    hidden: int = field(default=0, repr=False, init=False)


Pair = collections.namedtuple('Pair', 'a b')
s = Shape('tri', [Point(0, 0), Point(1, 0)], {'k': Point(2, 2), 'pair': Pair(Point(1, 1), 2)})
print(s)
print(asdict(s))
print(astuple(s))
d = asdict(s)
print(d['points'][0] is s.points[0], type(d['meta']['pair']).__name__)
print(asdict(Point(1, 2), dict_factory=lambda items: items), astuple(Point(3), tuple_factory=list))
print(replace(Point(1, 2), y=7), replace(Point(1, 2)))
for obj in (Point, Point(1), 1, Point(1).x, Shape):
    print(is_dataclass(obj), end=' ')
print()
f = fields(Shape)
print(len(f), [x.name for x in f], isinstance(f[0], Field), f[2].metadata['unit'], f[2].metadata)
print(f[3].repr, f[3].init, f[0].type, f[1].default_factory is not list, f[2].default_factory)
print(fields(Point(1))[1].default, fields(Point)[0].kw_only, fields(Point)[0].hash, fields(Point)[0].compare)
for call in (lambda: fields(1), lambda: fields(dict), lambda: asdict(Point), lambda: astuple([1]),
             lambda: replace(1), lambda: replace(Point(1), z=2), lambda: replace(s, hidden=1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
