# @dataclass with and without arguments: __init__, __repr__, __eq__, __doc__, __match_args__, params
import dataclasses
from dataclasses import dataclass, field, fields


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=4, x=5), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__dataclass_params__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__hash__, Point.y, 'x' in Point.__dict__)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, fields(Empty))


@dataclass(repr=False, eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), 'object at' in repr(Plain(1)), Plain.__hash__ is object.__hash__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom repr'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass
class Documented:
    """My doc."""
    a: int


print(Documented.__doc__)


@dataclass
class Recursive:
    other: object = None


r = Recursive()
r.other = r
print(r, [Recursive(Recursive())])


class Outer:
    @dataclass
    class Inner:
        v: int


print(Outer.Inner(1), Outer.Inner.__init__.__qualname__)


@dataclass
class Selfish:
    self: int
    name: str = 'n'


print(Selfish(1), Selfish(self=2, name='m'))
print(dataclasses.MISSING.__class__.__name__, repr(dataclasses.KW_ONLY.__class__.__name__))
