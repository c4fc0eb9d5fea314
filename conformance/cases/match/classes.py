# Class patterns: isinstance checks, keyword sub-patterns (attributes), positional ones through
# __match_args__, dataclass-style classes, and the builtins that match their own value.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on the plane at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point() as pt:
            return f"somewhere: {pt}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(1, 2), Point3(1, 2, 0), Point3(0, 2, 1), (0, 0)]:
    print(where(p))

def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s:
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case _:
            return "something else"

for v in [True, -3, 7, 2.5, "s", [9, 8], (1, 2), {"k": 0}, {1}, frozenset(), b"x", bytearray(b"y"), None]:
    print(kind(v))

class MyInt(int):
    pass

match MyInt(5):
    case MyInt(n):
        print("subclass of int matches itself:", n, type(n).__name__)

# attributes that are missing (AttributeError) just fail to match
class Lazy:
    @property
    def value(self):
        raise AttributeError("not yet")

match Lazy():
    case Lazy(value=v):
        print("matched", v)
    case Lazy():
        print("no value attribute")

# a class whose __match_args__ is inherited
class Base:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = "base-a"

class Derived(Base):
    pass

match Derived():
    case Base(a):
        print("inherited match args:", a)
