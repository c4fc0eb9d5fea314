# backend: generational, refcount, incremental
# sys.getrefcount counts the argument's own reference, as CPython does.
import sys
x = []
print(sys.getrefcount(x))
holder = [x]
print(sys.getrefcount(x))
also = x
print(sys.getrefcount(x))
del holder
print(sys.getrefcount(x))
del also
print(sys.getrefcount(x))
d = {"k": x, "j": x}
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
def f(arg):
    return sys.getrefcount(arg)
print(f(x))
print(sys.getrefcount(object()))
