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
