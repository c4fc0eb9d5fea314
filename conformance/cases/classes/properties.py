# property with getter, setter and deleter, and the decorator form.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        print('get celsius')
        return self._c
    @celsius.setter
    def celsius(self, value):
        print('set celsius', value)
        if value < -273.15:
            raise ValueError('too cold')
        self._c = value
    @celsius.deleter
    def celsius(self):
        print('delete celsius')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('error', e)
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError')
del t.celsius
print(hasattr(t, '_c'))
class Square:
    def __init__(self, side):
        self.side = side
    def get_area(self):
        return self.side ** 2
    def set_area(self, a):
        self.side = int(a ** 0.5)
    area = property(get_area, set_area)
s = Square(3)
print(s.area)
s.area = 49
print(s.side, s.area)
print(type(Square.area).__name__)
