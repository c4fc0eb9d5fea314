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
