# Keeping a caught exception in a local of the same frame makes a cycle (exception -> traceback -> frame).
# refcount: the frame's locals are never freed; collect() finds nothing.
# pymalloc: same as refcount.
import gc

class Handle:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)

def risky():
    h = Handle('frame-local')
    try:
        raise KeyError('missing')
    except KeyError as e:
        err = e
    return 'done'

def careful():
    h = Handle('no-cycle')
    try:
        raise KeyError('missing')
    except KeyError as e:
        err = e
    err = None
    return 'done'

gc.disable()
gc.collect()
print(risky())
print('risky returned: its locals are kept by the cycle')
print('collect() found it:', gc.collect() > 0)
print(careful())
print('careful returned')
