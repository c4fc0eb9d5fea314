# A returned object survives its frame; an unused result dies right after the call expression.
# refcount: same as CPython.
# pymalloc: no __del__ runs; the 'free' lines are missing.
class Result:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('free', self.tag)

def make(tag):
    return Result(tag)

def passthrough(obj):
    return obj

make('discarded')
print('after discarded call')
kept = passthrough(make('kept'))
print('holding', kept.tag)
kept = passthrough(kept)
print('same object rebound, nothing freed')
print('tag only:', make('temporary').tag)
print('chained:', passthrough(passthrough(make('chained'))).tag)
kept = None
print('end')
