# Slice assignment and slice deletion release the replaced items, last-to-first, after the new ones are in.
# refcount: same as CPython.
# pymalloc: replaced items are never freed; only the progress lines and contents print.
class Tile:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return self.tag

    def __del__(self):
        print('  free', self.tag)

row = [Tile(c) for c in 'abcdef']
print('replace [1:3] with one new tile')
row[1:3] = [Tile('N')]
print(' ', row)
print('delete every other tile')
del row[::2]
print(' ', row)
print('extended slice assignment over both, reversed')
row[::-1] = [Tile('P'), Tile('Q')]
print(' ', row)
print('clear with [:] = []')
row[:] = []
print('done', row)
