# backend: generational, refcount
# repr of weakrefs and proxies, alive and dead (addresses masked: they differ between runs).
import weakref


def mask(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdef":
                j += 1
            out.append("ADDR")
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


class Widget:
    pass


class Named:
    __name__ = "custom-name"


def function():
    pass


w = Widget()
n = Named()
r = weakref.ref(w)
print(mask(repr(r)))
print(mask(repr(weakref.ref(function))))
print(mask(repr(weakref.ref(Widget))))
print(mask(repr(weakref.ref(n))))
print(mask(repr(weakref.ref(len))))
print(mask(str(r)) == mask(repr(r)))
p = weakref.proxy(w)
print(mask(repr(p)))
print(mask(str(p)))
print(repr(r).count("0x"), ("at 0x%x" % id(w)) in repr(r))
del w
print(mask(repr(r)))
print(mask(repr(p)))
