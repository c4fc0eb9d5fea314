# Catching several types with a tuple, and handler order with base classes.
def fail(kind):
    if kind == 'k':
        return {}['missing']
    if kind == 'i':
        return [1][5]
    if kind == 'z':
        return 1 // 0
    if kind == 'v':
        return int('nope')
    if kind == 't':
        return 'a' + 1
    return 'ok'
for kind in 'kizvtx':
    try:
        print(kind, fail(kind))
    except (KeyError, IndexError) as e:
        print(kind, 'lookup', type(e).__name__)
    except (ZeroDivisionError, ValueError) as e:
        print(kind, 'math/value', type(e).__name__)
    except Exception as e:
        print(kind, 'other', type(e).__name__)
errors = (TypeError, ValueError)
try:
    int([])
except errors as e:
    print('tuple in variable', type(e).__name__)
try:
    raise KeyError('x')
except LookupError as e:
    print('LookupError caught', repr(e))
try:
    raise KeyError('y')
except (ValueError, TypeError, LookupError):
    print('longer tuple caught')
try:
    try:
        raise ValueError('uncaught here')
    except (KeyError, TypeError):
        print('wrong')
except ValueError as e:
    print('propagated', e)
try:
    1 / 0
except Exception:
    print('bare Exception class')
try:
    raise ValueError('x')
except:
    print('bare except')
