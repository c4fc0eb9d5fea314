# classmethod and staticmethod, including calls through instances and subclasses.
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        type(self).count += 1
    @classmethod
    def create(cls, name):
        print('create via', cls.__name__)
        return cls(name)
    @classmethod
    def how_many(cls):
        return cls.__name__ + ':' + str(cls.count)
    @staticmethod
    def area_of_square(side):
        return side * side
    @staticmethod
    def describe():
        return 'shapes are fun'

class Circle(Shape):
    count = 0

s = Shape.create('a')
c = Circle.create('b')
c2 = c.create('c')
print(type(s).__name__, type(c).__name__, type(c2).__name__)
print(Shape.how_many(), Circle.how_many(), c.how_many())
print(Shape.area_of_square(4), s.area_of_square(5), Circle.describe())
f = Shape.area_of_square
print(f(6))
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        parts = s.split('-')
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))
    def __repr__(self):
        return f'Date({self.y}, {self.m}, {self.d})'
print(Date.from_string('2024-03-15'))
