# Bare raise re-raises the current exception; raise e; re-raise after logging.
def risky(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n * 2
def logged(n):
    try:
        return risky(n)
    except ValueError as e:
        print('log:', e)
        raise
for n in [3, -1]:
    try:
        print('result', logged(n))
    except ValueError as e:
        print('caller got', repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
        raise err
except ZeroDivisionError as e2:
    print(e2 is err, e2)
def handler():
    try:
        raise KeyError('inner')
    except KeyError:
        try:
            raise ValueError('nested')
        except ValueError:
            pass
        raise
try:
    handler()
except KeyError as e:
    print('still the KeyError:', repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == '')
try:
    raise ValueError('a', 'b', 3)
except ValueError as e:
    print(e, e.args)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
