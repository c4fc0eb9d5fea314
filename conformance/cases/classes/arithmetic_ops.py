# Arithmetic dunders: __add__, __sub__, __mul__, __truediv__, __neg__, __abs__, __pow__, __mod__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, b * 3, b / 2, b // 2, b % 3, a ** 3)
print(-a, +a, abs(b), ~a)
print(a + b == Vec(4, 6), a * 2 == b)
total = Vec(0, 0)
for v in [a, b, Vec(10, 10)]:
    total = total + v
print(total)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
