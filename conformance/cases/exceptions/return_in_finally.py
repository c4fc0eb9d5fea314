# return inside finally overrides the try's return and swallows exceptions.
def override():
    try:
        return 'try'
    finally:
        return 'finally'
print(override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def side_effects():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x set to', x)
print(side_effects())
def mutable():
    data = [1]
    try:
        return data
    finally:
        data.append(2)
print(mutable())
def in_except():
    try:
        raise KeyError('k')
    except KeyError:
        return 'except'
    finally:
        print('finally after except return')
print(in_except())
def nested():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('cleanup', i)
print(loop_return())
