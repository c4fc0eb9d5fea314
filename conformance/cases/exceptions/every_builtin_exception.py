# Every builtin exception class: raised with a message, caught by itself and by its base, with
# its str, repr, args and base classes as CPython 3.11 shows them.
import builtins

classes = [getattr(builtins, n) for n in dir(builtins)
           if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)]
# Exception groups are outside the subset; the codec errors take five arguments (strings/codecs_*).
SPECIAL = ('BaseExceptionGroup', 'ExceptionGroup', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError')
for cls in classes:
    if cls.__name__ in SPECIAL:
        continue
    try:
        raise cls('something went wrong')
    except cls as e:
        print(cls.__name__, '|', type(e).__name__, '|', str(e), '|', repr(e), '|', e.args,
              '|', cls.__bases__[0].__name__, isinstance(e, cls.__bases__[0]))
for cls in classes:
    if cls.__name__ in SPECIAL:
        continue
    e = cls()
    print(cls.__name__, repr(str(e)), repr(e), e.args, cls.__mro__[-2].__name__)
print(IOError is OSError, EnvironmentError is OSError)
for args in [(1, 2), ('a', 'b', 'c'), (None,)]:
    for cls in (ValueError, KeyError, TypeError):
        e = cls(*args)
        print(cls.__name__, str(e), repr(e))
