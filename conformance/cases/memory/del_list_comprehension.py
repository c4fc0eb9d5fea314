# Objects made inside a comprehension die per iteration unless the result keeps them.
# refcount: same as CPython.
# pymalloc: nothing is freed; only the results print.
class Cell:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('free', self.n)

print('values only:', [Cell(i).n * 10 for i in range(3)])
cells = [Cell(i) for i in range(3, 6)]
print('kept', [c.n for c in cells])
print('filtered copy')
odd = [c for c in cells if c.n % 2]
print('clear the original list')
cells = None
print('odd list still holds', [c.n for c in odd])
odd = None
print('dict comprehension')
by_name = {str(i): Cell(i) for i in (7, 8)}
by_name = {k: v for k, v in by_name.items() if k == '8'}
print('kept', list(by_name))
by_name = None
print('end')
