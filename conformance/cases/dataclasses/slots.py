# @dataclass(slots=True): a new class with __slots__ for the fields; frozen ones pickle their state
import copy
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = P(1)
print(p, P.__slots__, hasattr(p, '__dict__'), P.__qualname__, P.__name__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
p.y = 5
print(p, [f.name for f in fields(P)], P(1) == P(1))


@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = 'b'


f = F(1)
print(f, hash(f) == hash((1, 'b')), '__getstate__' in F.__dict__, f.__getstate__())
g = copy.deepcopy(f)
print(g, g == f, g is f)
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Q(P):
    z: int = 9


print(Q(1, 2, [3], 4), Q.__slots__)
