# The builtin exception hierarchy: LookupError, ArithmeticError, and their bases.
def names(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError,
            UnboundLocalError, RecursionError, StopIteration, NotImplementedError,
            ModuleNotFoundError, KeyboardInterrupt, AssertionError, FileNotFoundError]:
    print(cls.__name__, names(cls))
try:
    {}[1]
except LookupError as e:
    print('LookupError got', type(e).__name__)
try:
    'abc'[10]
except LookupError as e:
    print('LookupError got', type(e).__name__)
try:
    10 % 0
except ArithmeticError as e:
    print('ArithmeticError got', type(e).__name__)
try:
    2.0 ** 10000
except ArithmeticError as e:
    print('ArithmeticError got', type(e).__name__, e)
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(SystemExit, Exception))
print(issubclass(Exception, BaseException), issubclass(bool, int))
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), LookupError))
try:
    raise NameError('custom name error')
except Exception as e:
    print(type(e).__name__, e)
