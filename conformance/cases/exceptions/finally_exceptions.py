# An exception raised in finally replaces the original; finally runs on every exit path.
def f():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('replacement')
try:
    f()
except KeyError as e:
    print('got', repr(e), 'context', repr(e.__context__))
except ValueError:
    print('never')
def g(n):
    try:
        if n == 0:
            return 'zero'
        if n == 1:
            raise TypeError('one')
        return 'other'
    finally:
        print('finally for', n)
for n in range(3):
    try:
        print(g(n))
    except TypeError as e:
        print('caught', e)
def counter():
    log = []
    for i in range(3):
        try:
            log.append('try' + str(i))
            if i == 1:
                raise ValueError
        except ValueError:
            log.append('except' + str(i))
        finally:
            log.append('finally' + str(i))
    return log
print(counter())
def cleanup_order():
    try:
        try:
            raise IndexError('deep')
        finally:
            print('first finally')
    finally:
        print('second finally')
try:
    cleanup_order()
except IndexError as e:
    print('finally chain done', e)
