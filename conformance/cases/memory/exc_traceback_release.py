# Setting e.__traceback__ = None releases the failed frame's locals while the exception lives on.
# refcount: same as CPython.
# pymalloc: the locals are never freed; __traceback__ is still a traceback until cleared.
class Handle:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('free', self.name)

def parse():
    h = Handle('parser-local')
    raise ValueError('bad input')

kept = []
try:
    parse()
except ValueError as e:
    print('has traceback:', e.__traceback__ is not None)
    e.__traceback__ = None
    print('traceback cleared')
    kept.append(e)
print('exception kept without traceback:', kept[0].__traceback__)
kept.clear()
print('end')
