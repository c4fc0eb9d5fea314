# Rich comparisons: __lt__, __le__, __gt__, __ge__, reflection, and sorted/min/max of objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return 'V' + '.'.join(str(p) for p in self.parts)
vs = [Version('1.10'), Version('1.2'), Version('0.9.9'), Version('1.2.1')]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
a, b = Version('2.0'), Version('1.5')
print(a < b, a > b, b < a, b > a)
try:
    print(a <= b)
except TypeError as e:
    print('TypeError:', e)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print('lt', self.n, other.n)
        return self.n < other.n
    def __gt__(self, other):
        print('gt', self.n, other.n)
        return self.n > other.n
    def __le__(self, other):
        print('le', self.n, other.n)
        return self.n <= other.n
    def __ge__(self, other):
        print('ge', self.n, other.n)
        return self.n >= other.n
x, y = Loud(1), Loud(2)
print(x < y)
print(x > y)
print(x <= y, x >= y)
print(1 < 2 < 3, Version('1') < Version('2') < Version('3'))
