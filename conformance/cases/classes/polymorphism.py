# Polymorphism through a common base, NotImplementedError in an abstract-like method.
class Shape:
    name = 'shape'
    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')
    def describe(self):
        return f'{self.name} with area {self.area():.2f}'
    def __repr__(self):
        return f'<{type(self).__name__} {self.area()}>'
class Rect(Shape):
    name = 'rect'
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = 'square'
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    name = 'circle'
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
shapes = [Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe())
print(shapes)
print(sorted(shapes, key=lambda s: s.area()))
print(sum(s.area() for s in shapes))
try:
    Blob().describe()
except NotImplementedError as e:
    print('NotImplementedError:', e)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
print({type(s).__name__: s.name for s in shapes})
