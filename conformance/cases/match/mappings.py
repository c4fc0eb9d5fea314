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
