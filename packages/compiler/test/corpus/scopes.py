def outer():
    x = 1
    y = 2
    def inner():
        nonlocal x
        x += 1
        return x + y
    class K:
        x = 5
        def m(self):
            return x
        def n(self):
            return super().n() + __class__.__name__
    return inner, K

def gen(n):
    yield 1
    r = yield from range(n)
    return r

def glob():
    global G
    G = 1
    del G

def walrus(data):
    if any((hit := v) > 3 for v in data):
        return hit
    return [last := d for d in data], last

class Priv:
    __slots = 1
    def __m(self, __a):
        return self.__slots + __a
    def f(self):
        return [self.__m(i) for i in range(3)]

def kwonly(a, /, b, *, c=3, d):
    def g(e=a):
        return lambda: e + b
    return g

@dec1
@dec2(1)
def decorated(): pass

@cdec
class Dc(Base, metaclass=Meta):
    def method(self):
        """doc"""
        return 1
