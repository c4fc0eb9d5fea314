# A suspended generator keeps its locals alive; close(), exhaustion or dropping it frees them.
# refcount: same as CPython (a generator is not a cycle).
# pymalloc: no __del__ runs and a dropped generator is never closed, so its 'finally' does not print either.
class Buffer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('free', self.name)

def reader(name):
    buf = Buffer(name)
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)

g = reader('closed')
print(next(g))
g.close()
print('after close')

g = reader('exhausted')
print(list(g))
print('after exhaustion')

g = reader('dropped')
print(next(g))
g = None
print('after dropping the generator')

g = reader('never started')
del g
print('end')
