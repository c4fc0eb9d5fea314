# __len__, __getitem__, __setitem__, __delitem__ and __contains__ on a user container.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('out of grid')
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        print('set', key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 0] = 'a'
g[2, 1] = 'b'
print(len(g), g[0, 0], g[1, 1], g[2, 1])
print('a' in g, 'z' in g, 'z' not in g)
del g[0, 0]
print(len(g), g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
for y in range(2):
    print(''.join(g[x, y] for x in range(3)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print('v', v)
class Sliceable:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        return ('index', k)
s = Sliceable()
print(s[1], s[1:5], s[::2], s[-1:])
print(bool(Grid(1, 1)), bool(g))
