# functions, classes, ranges and builtins are atomic; uncopyable objects raise as CPython does
import copy
import math


def f():
    return 1


class K:
    pass


for obj in (f, K, range(3), len, print, math.sqrt, lambda: 0, int, type, property()):
    print(type(obj).__name__, copy.copy(obj) is obj, copy.deepcopy(obj) is obj)
print(copy.deepcopy([f, K])[0] is f)
try:
    copy.copy(math)
except TypeError as e:
    print('TypeError:', e)
try:
    copy.deepcopy({'m': math})
except TypeError as e:
    print('TypeError:', e)
try:
    copy.deepcopy(x for x in range(2))
except TypeError as e:
    print('TypeError:', e)
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error, copy.__all__)
try:
    raise copy.Error('custom')
except copy.Error as e:
    print(repr(e))
