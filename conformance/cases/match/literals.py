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
