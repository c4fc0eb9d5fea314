# raise ... from ...: __cause__, __suppress_context__, and raise from None.
class ConfigError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError('bad config value ' + repr(s)) from e
try:
    parse('x1')
except ConfigError as e:
    print(type(e).__name__, e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
    print('context is cause:', e.__context__ is e.__cause__)
    print('suppress:', e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise ValueError('clean') from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError('outer') from KeyError('explicit')
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
e = ValueError('fresh')
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError('t') from ValueError
except TypeError as err:
    print(type(err.__cause__).__name__, err.__cause__.args)
