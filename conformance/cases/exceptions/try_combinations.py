# try/except/else/finally in all combinations, with and without an exception.
def run(fail):
    print('-- fail =', fail)
    try:
        print('body')
        if fail:
            raise ValueError('bad')
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
run(False)
run(True)
try:
    print('try only finally')
finally:
    print('finally ran')
try:
    x = 1
except Exception:
    print('never')
else:
    print('else without finally', x)
try:
    try:
        raise KeyError('k')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', repr(e))
try:
    int('12')
except ValueError:
    print('never')
else:
    print('converted')
finally:
    print('done')
def g():
    try:
        return 'from try'
    finally:
        print('finally before return')
print(g())
def h():
    try:
        raise TypeError('t')
    except TypeError:
        return 'from except'
    else:
        return 'from else'
    finally:
        print('h finally')
print(h())
