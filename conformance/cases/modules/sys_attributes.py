# sys attributes and simple functions.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.platform, sys.byteorder, sys.getdefaultencoding())
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version.startswith("3.11"), sys.maxunicode)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_attributes.py"))
print(sys.intern("abc") == "abc", "sys" in sys.modules, sys.modules["sys"] is sys)
import math
print(sys.modules["math"] is math)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is None or True)
print(sys.exc_info())
