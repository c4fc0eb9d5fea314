# Edge cases: exceptions raised by .get() and __eq__ during matching propagate; a guard can
# yield; or-alternatives binding names in different orders; __match_args__ used in part.
import gc
class Bad(dict):
    def get(self, k, d=None):
        raise KeyError("boom " + k)
try:
    match Bad(a=1):
        case {"a": x}: print("x", x)
except KeyError as e:
    print("caught", e)
class E:
    def __eq__(self, o): raise ValueError("eq fails")
class C: V = E()
try:
    match 5:
        case C.V: print("no")
except ValueError as e:
    print("caught", e)
def g(items):
    for it in items:
        match it:
            case [a, b] if (yield a):
                print("guard true", b)
            case {"k": [1, *r]} | {"j": [*r, 1]}:
                yield r
gen = g([[1, 2], {"k": [1, 2, 3]}, {"j": [0, 1]}, [3, 4]])
print(next(gen)); print(gen.send(True)); print(next(gen)); print(gen.send(False))
try: next(gen)
except StopIteration: print("done")
def reorder(v):
    match v:
        case (a, b, c) | [c, {"b": b}, a] | {"c": c, "a": a, "b": b}:
            return a, b, c
print(reorder((1, 2, 3)), reorder([3, {"b": 2}, 1]), reorder({"a": 1, "b": 2, "c": 3}))
class P:
    __match_args__ = ("a", "b", "c")
    a, b, c = 1, 2, 3
match P():
    case P(x, y, c=z):
        print(x, y, z)
    case P(x, b=y):
        print("second", x, y)
print(gc.collect() >= 0)
x = [1, [2, 3]]
for _ in range(3):
    match x:
        case [1, [*rest]] as whole if rest:
            print(rest, whole is x)
