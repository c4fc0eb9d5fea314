# On return a frame clears its locals first-to-last (arguments, then locals); the return value survives.
# refcount: same as CPython.
# pymalloc: nothing is freed; only 'in f', 'returned' and the result print.
class Local:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('free', self.name)

def f(arg):
    first = Local('first')
    second = Local('second')
    result = Local('result')
    print('in f')
    return result

r = f(Local('arg'))
print('returned', r.name)
del r

def early(flag):
    x = Local('x')
    if flag:
        return 'early'
    y = Local('y')
    return 'late'

print(early(True))
print(early(False))
