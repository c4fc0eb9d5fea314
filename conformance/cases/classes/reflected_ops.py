# Reflected operators (__radd__, __rmul__, __rsub__) and NotImplemented fallbacks.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        print('add', type(other).__name__)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print('radd', type(other).__name__)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented
    __rmul__ = __mul__
    def __repr__(self):
        return f'Money({self.cents})'
m = Money(150)
print(m + Money(50))
print(m + 5)
print(5 + m)
print(100 - m)
print(m * 3, 3 * m)
print(sum([Money(1), Money(2), Money(3)]))
try:
    m + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'x' + m
except TypeError as e:
    print('TypeError:', e)
try:
    m * 1.5
except TypeError as e:
    print('TypeError:', e)
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return 'Right.__radd__ got ' + type(o).__name__
print(Left() + Right())
class Sub(Money):
    def __radd__(self, other):
        return 'Sub.__radd__ wins'
print(Money(1) + Sub(2))
