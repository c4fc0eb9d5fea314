# Nested try blocks: which handler catches, and propagation outward.
def level(kind):
    try:
        try:
            if kind == 'value':
                raise ValueError('v')
            if kind == 'key':
                raise KeyError('k')
            if kind == 'type':
                raise TypeError('t')
            print('no error')
        except ValueError as e:
            print('inner handled', repr(e))
        finally:
            print('inner finally')
        print('after inner')
    except KeyError as e:
        print('outer handled', repr(e))
    finally:
        print('outer finally')
for kind in ['none', 'value', 'key']:
    print('==', kind)
    level(kind)
print('== type')
try:
    level('type')
except TypeError as e:
    print('top level handled', e)
def deep(n):
    if n == 0:
        raise IndexError('bottom')
    try:
        deep(n - 1)
    finally:
        print('unwinding', n)
try:
    deep(3)
except IndexError as e:
    print('caught', e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise KeyError('second')
except KeyError as e:
    print('replaced by', repr(e))
