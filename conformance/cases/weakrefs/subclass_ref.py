# backend: generational, refcount
# Subclasses of weakref.ref: extra attributes, their own __init__, and the callback receiving
# the subclass instance.
import weakref


class TaggedRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag


class KeyRef(weakref.ref):
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class Doc:
    pass


def report(wr):
    print("died:", type(wr).__name__, getattr(wr, "tag", None), getattr(wr, "key", None), wr())


d = Doc()
t = TaggedRef(d, report, tag="primary")
k = KeyRef(d, report, "doc-key")
plain = TaggedRef(d)
print(t() is d, t.tag, k.key, plain.tag == "", isinstance(t, weakref.ref))
print(weakref.getweakrefcount(d), t is not TaggedRef(d), t == k)
print(type(t).__mro__[1] is weakref.ReferenceType, weakref.ref(t)() is t)
print(hash(t) == hash(d), t.__callback__ is report)
del d
print("after:", t(), k(), plain())
