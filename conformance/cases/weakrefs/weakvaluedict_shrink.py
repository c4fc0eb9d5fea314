# backend: generational, refcount
# WeakValueDictionary: entries vanish when their values die; the common mapping methods.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


cache = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
cache["a"] = a
cache["b"] = b
cache.update({"c": c})
print(len(cache), sorted(cache), cache["a"], cache.get("b"), "c" in cache)
del b
print(len(cache), sorted(cache.keys()), "b" in cache, cache.get("b", "missing"))
try:
    cache["b"]
except KeyError as e:
    print("KeyError", e)

print(sorted(cache.items(), key=lambda kv: kv[0]))
print(sorted(v.name for v in cache.values()))
d = Obj("d")
print(cache.setdefault("d", d) is d, cache.setdefault("d", a) is d)
print(cache.pop("d") is d, "d" in cache, cache.pop("zz", "default"))
del cache["c"]
print(sorted(cache), len(cache.valuerefs()))

# Values dying while we iterate are skipped.
objs = [Obj(str(i)) for i in range(5)]
for i, o in enumerate(objs):
    cache[i] = o
seen = []
for key in cache.keys():
    seen.append(key)
    if key == 1:
        objs[3] = None
print(seen, len(cache))
objs.clear()
print(sorted(cache, key=str), len(cache))
copy = cache.copy()
print(type(copy).__name__, sorted(copy, key=str))
del a
print(len(cache), len(copy), list(cache.items()))
