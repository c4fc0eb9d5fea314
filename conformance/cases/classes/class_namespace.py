# Class bodies execute top to bottom; class attributes, nested classes and __name__/__qualname__.
print('before class')
class Outer:
    print('in class body')
    x = 10
    y = x * 2
    items = [i for i in range(3)]
    def method(self):
        return self.x + self.y
    class Inner:
        z = 'inner'
        def hi(self):
            return 'Inner.hi'
    print('end of class body', x, y)
print('after class')
print(Outer.x, Outer.y, Outer.items, Outer().method())
print(Outer.Inner.z, Outer.Inner().hi())
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__)
print(type(Outer).__name__, type(Outer()).__name__, type(Outer.Inner()).__qualname__)
def factory(n):
    class Made:
        size = n
        def get(self):
            return self.size
    return Made
A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is B, A.__name__)
print(A.__qualname__)
print('method' in Outer.__dict__, 'x' in Outer.__dict__, 'nope' in Outer.__dict__)
print(type(5).__name__, type('s').__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(int.__name__, type(3) is int, type(True) is bool, type(True) is int)
