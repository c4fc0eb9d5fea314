# Dunder methods are inherited and can be overridden with super() delegation.
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'{type(self).__name__}({self.v})'
    def __eq__(self, other):
        return type(self) is type(other) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __len__(self):
        return self.v
    def __add__(self, other):
        return type(self)(self.v + other.v)
class Derived(Base):
    def __repr__(self):
        return 'D:' + super().__repr__()
    def __len__(self):
        return super().__len__() * 2
class Other(Base):
    pass
b, d = Base(3), Derived(3)
print(b, d, [b, d])
print(len(b), len(d))
print(b == Base(3), b == d, d == Derived(3), Other(3) == b)
print(b != d, d != Derived(3))
print(d + Derived(4), b + Base(1), type(Other(1) + Other(2)).__name__)
print(str(d), f'{d!r}')
print(len({Base(1), Base(1), Derived(1), Other(1)}))
class NoEq(Base):
    __hash__ = None
try:
    {NoEq(1)}
except TypeError as e:
    print('TypeError:', e)
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq called')
        return self.v == other.v
print(OnlyEq(1) != OnlyEq(2))
print(OnlyEq(1) != OnlyEq(1))
