# Simple class with __init__, instance attributes and methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.dist2())
q = p.moved(1, -1)
print(q.x, q.y, q.dist2())
print(p.x, p.y)
p.x = 10
print(p.x, p.dist2())
p.z = 'extra'
print(p.z)
print(type(p).__name__, p.__class__.__name__)
print(isinstance(p, Point), isinstance(5, Point))
m = p.dist2
print(m())
print(Point.dist2(q))
class Empty:
    pass
e = Empty()
print(type(e).__name__)
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
