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
# Guards, fall-through to later cases, which names a failed case leaves bound, nested matches,
# as-patterns, or-patterns binding the same names, and match/case as ordinary names.
def sign(n):
    match n:
        case x if x > 0:
            return "positive"
        case x if x < 0:
            return "negative"
        case _:
            return "zero"

print(sign(5), sign(-2), sign(0))

# A pattern that matched binds its names before the guard runs: a failed guard leaves them.
match [1, 2]:
    case [a, b] if a > b:
        print("never")
    case _:
        print("guard failed, a and b are", a, b)

# A pattern that failed part-way binds nothing (3.11 stores names only on a full match).
match [10, 20]:
    case [c, 30]:
        print("never")
    case _:
        pass
try:
    print(c)
except NameError as e:
    print("NameError:", e)

# or-patterns: every alternative binds the same names, in any order
def pair(v):
    match v:
        case (x, 0) | (0, x):
            return f"one zero, other {x}"
        case [x, y] | {"x": x, "y": y}:
            return f"x={x} y={y}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
    return "nothing"

for v in [(5, 0), (0, 6), [7, 8], {"x": 1, "y": 2}, 2, 9]:
    print(pair(v))

# as-patterns nest
match [1, [2, 3]]:
    case [int() as first, [_, _] as inner] as whole:
        print(first, inner, whole)

# the subject is evaluated once
def subject():
    print("evaluating subject")
    return 3
match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case 3:
        print("three")

# no case matches: nothing happens
match 99:
    case 1:
        print("no")
print("after a match with no matching case")

# nested match statements and a match inside a loop with break/continue
for item in [1, "stop", 2, "skip", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            match item:
                case str(s):
                    print("inner match", s)
        case int(i):
            print("int", i)

for item in [1, 2, "end", 3]:
    match item:
        case "end":
            break
        case _:
            print("loop", item)

# match and case stay usable as names (soft keywords)
match = [1, 2]
case = {"case": 1}
print(match, case)
match match:
    case [case, *_]:
        print("case is now", case)
def match_(match):
    return match
print(match_(match="m"))
class case:
    match = "attr"
print(case.match)

# captured names in a function are locals; in a closure they can be cells
def outer(v):
    match v:
        case [x, y]:
            pass
    def inner():
        return x + y
    return inner()
print(outer([3, 4]))

# a case body that is a nested function using the captured name
def make(v):
    match v:
        case {"n": n}:
            return lambda: n * 2
print(make({"n": 21})())
# Literal patterns: numbers (negative too), strings, bytes, None/True/False (compared with `is`),
# or-patterns of literals, and value patterns (dotted names, compared with ==).
def classify(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | 2.5:
            return "a half"
        case "hello" "!":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other " + repr(v)

for v in [0, 0.0, -1, -1.0, 1.5, 2.5, "hello!", b"raw", None, True, False, 1, 1.0, "x", [0]]:
    print(repr(v), "->", classify(v))

class Color:
    RED = 1
    GREEN = 2
    class Inner:
        BLUE = "b"

class Eq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return other == self.n

def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.Inner.BLUE:
            return "green or blue"
        case _:
            return "?"

for c in [1, 2, "b", 3, True, Eq(2)]:
    print(color(c))

# 1 == True, but the literal True uses `is`
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matches 1")
match 0.0:
    case False:
        print("no")
    case 0:
        print("0.0 == 0")
# Mapping patterns: keys are literals or dotted names, extra keys are ignored, **rest collects
# the others into a new dict; .get() is used, so defaultdict's __missing__ never runs.
import collections

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with {rest}"
        case {"type": _}:
            return "some event"
        case {}:
            return "an empty or untyped mapping"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q", "mods": ["ctrl"], "n": 1},
          {"type": "key", "key": 5}, {"type": "scroll"}, {}, {"x": 1}, [("type", "click")], "type"]:
    print(handle(e))

d = collections.defaultdict(list)
match d:
    case {"missing": v}:
        print("matched?", v)
    case _:
        print("no match, keys:", list(d))

od = collections.OrderedDict([("a", 1), ("b", 2), ("c", 3)])
match od:
    case {"b": 2, **rest}:
        print(type(rest).__name__, rest)

class K:
    A = "a"
    ONE = 1

match {"a": 10, 1: 20, None: 30, True: 40, -5: 50}:
    case {K.A: x, K.ONE: y, None: z, -5: w}:
        print(x, y, z, w)

class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)

match Tracing(p=1, q=2):
    case {"q": 2, "p": p, "r": r}:
        print("matched", p, r)
    case {"p": p}:
        print("second case", p)

# a mapping pattern never matches a sequence of pairs
match [("a", 1)]:
    case {"a": 1}:
        print("wrong")
    case [(k, v)]:
        print("pairs", k, v)
# Sequence patterns: lists, tuples, open sequences, star captures, nesting, lengths; they match
# list/tuple/range/deque but never str, bytes, bytearray or dict.
import collections

def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [first, *middle, last]:
            return f"first {first!r}, middle {middle!r}, last {last!r}"
        case _:
            return "not a sequence: " + type(s).__name__

for s in [[], [1], (1, 2), [1, 2, 3, 4], range(3), collections.deque("abc"), "ab", b"ab",
          bytearray(b"ab"), {1: 2}, {1, 2}, 42, (i for i in range(2))]:
    print(shape(s))

def heads(s):
    match s:
        case (1, *_):
            return "starts with 1"
        case [*_, 9]:
            return "ends with 9"
        case [_, _, *rest] if len(rest) > 1:
            return f"rest {rest}"
        case [*everything]:
            return f"everything {everything}"
    return "no match"

for s in [(1, 2), [5, 9], [3, 4, 5, 6], [7], "xy", range(1, 4)]:
    print(heads(s))

# nesting and open sequences (no brackets)
match (1, [2, 3]):
    case (1, [a, *rest]) if a > 0:
        print("nested", a, rest)

point = (3, 4)
match point:
    case 0, 0:
        print("origin")
    case x, 0:
        print("on x axis", x)
    case 3, y:
        print("x is 3, y is", y)

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)

match [1, 2, 3]:
    case (a, b, c):
        print("a tuple pattern matches a list:", a, b, c)

# the star capture is always a list
match (1, 2, 3):
    case (*init, last):
        print(type(init).__name__, init, last)

# a star in the middle with a subscripted tail
match range(10):
    case [0, 1, *_, 8, x]:
        print("tail", x)
