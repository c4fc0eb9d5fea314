from functools import cached_property

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        """The area."""
        print('computing area')
        return 3 * self.r * self.r

c = Circle(2)
print(c.area)
print(c.area)
print('area' in c.__dict__, c.__dict__['area'])
c.area = 100
print(c.area)
del c.area
print(c.area)
d = Circle(3)
print(d.area, c.area)
c.r = 10
print(c.area)
