# Descriptors written in Python: __get__/__set__/__delete__, data vs non-data, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, value)

class NonData:
    def __get__(self, obj, objtype=None):
        return ('nondata', obj is None, objtype.__name__)

class Point:
    x = Typed()
    y = Typed()
    z = NonData()
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, p.z, Point.z)
print(type(Point.x).__name__)
try:
    p.x = 'a'
except TypeError as e:
    print('TypeError', e)
p.z = 5
print(p.z, vars(p))

