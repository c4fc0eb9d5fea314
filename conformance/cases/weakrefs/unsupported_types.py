# Which objects accept weak references: CPython's rules for builtins and user classes.
import weakref


class Plain:
    def method(self):
        return 1


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyError(Exception):
    pass


def gen():
    yield 1


samples = [
    1, 2 ** 100, 1.5, True, None, "text", b"bytes", [1], {"k": 1}, (1, 2), range(3),
    object(), ValueError("x"), iter([1]), slice(1, 2), NotImplemented, Ellipsis,
    MyInt(3), MyTuple((1,)), weakref.ref(Plain),
]
for obj in samples:
    try:
        weakref.ref(obj)
        print("accepted", type(obj).__name__)
    except TypeError as e:
        print(e)

keep = []
accepted = [
    Plain(), MyList([1]), MyDict(a=1), MyError("e"), gen(), Plain().method, len,
    set([1]), frozenset([2]), Plain, int, lambda: 0, weakref,
]
for obj in accepted:
    keep.append(obj)
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj)

try:
    weakref.proxy([1, 2])
except TypeError as e:
    print("proxy:", e)
