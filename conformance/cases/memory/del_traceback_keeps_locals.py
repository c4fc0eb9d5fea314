# A kept exception keeps its traceback, and the traceback keeps the failed frames' locals alive.
# refcount: same as CPython (no cycle: the exception is stored outside the failing frames).
# pymalloc: the locals are never freed.
class Handle:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('free', self.name)

def parse():
    h = Handle('parser-local')
    raise ValueError('bad input')

def load():
    outer = Handle('loader-local')
    parse()

errors = []
try:
    load()
except ValueError as e:
    errors.append(e)
print('handler done, exception kept')
errors.clear()
print('errors cleared')

try:
    load()
except ValueError as e:
    print('handled without keeping it')
print('end')
