# sys.getsizeof reports CPython 3.11's 64-bit sizes.
import sys
g = sys.getsizeof
print(g(0), g(1), g(-1), g(2 ** 30), g(2 ** 62), g(2 ** 100), g(True), g(False), g(1.5))
print(g(''), g('a'), g('abc'), g('é'), g('€'), g('😀'), g('a' * 100))
print(g(()), g((1,)), g((1, 2, 3)), g([]), g([1]), g(list(range(10))), g(list("abcd")))
print(g({}), g({1: 2}), g({'a': 1}), g({i: i for i in range(6)}), g({i: i for i in range(11)}), g({i: i for i in range(22)}))
print(g({str(i): i for i in range(6)}), g({str(i): i for i in range(11)}), g(dict(a=1, b=2)))
print(g(set()), g(set(range(4))), g(set(range(5))), g(set(range(19))), g(set(range(100))), g(frozenset()))
print(g(b''), g(b'abc'), g(None), g(range(5)), g(object()))
def f():
    pass
print(g(f), g(len), g(sys))
print(g(1, 99), g([], 0))
