# Implicit chaining: exceptions raised while handling another get __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(type(e).__name__, e)
    print('context:', type(e.__context__).__name__, e.__context__)
    print('cause:', e.__cause__)
def cleanup():
    try:
        raise ValueError('in try')
    finally:
        pass
try:
    cleanup()
except ValueError as e:
    print('no context:', e.__context__)
try:
    try:
        raise KeyError('a')
    finally:
        raise TypeError('from finally')
except TypeError as e:
    print(e, '<-', repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise ValueError(2)
        except ValueError:
            raise ValueError(3)
except ValueError as e:
    chain = []
    while e is not None:
        chain.append(e.args[0])
        e = e.__context__
    print('chain', chain)
try:
    try:
        raise KeyError('x')
    except KeyError:
        pass
    raise ValueError('after handled')
except ValueError as e:
    print('context after handled block:', e.__context__)
