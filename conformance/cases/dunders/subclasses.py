# User subclasses override a special method and delegate to the builtin one; the operators
# dispatch to the override, and inherited slots keep working.
class DoubleList(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
    def __len__(self):
        return list.__len__(self) + 100

d = DoubleList([1, 2, 3])
print(d[0], d[2], len(d), d.__getitem__(1), list.__getitem__(d, 1), d + [4], d == [1, 2, 3], list(d))

class LoggingDict(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v * 10)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def __contains__(self, k):
        return dict.__contains__(self, k) or k == 'any'

ld = LoggingDict()
ld['a'] = 1
ld.__setitem__('b', 2)
print(ld['a'], ld.get('b'), 'any' in ld, 'a' in ld, 'z' in ld, len(ld), sorted(ld))

class Missing(dict):
    def __missing__(self, k):
        return k * 2
m = Missing(a=1)
print(m['a'], m['zz'], m.__getitem__('q'), dict.__getitem__(m, 'r'))

class MyInt(int):
    def __add__(self, other):
        return MyInt(int.__add__(self, other) * 10)
    def __repr__(self):
        return 'MyInt(' + int.__repr__(self) + ')'
    def __neg__(self):
        return 'neg of ' + object.__repr__(self)[:13]

a = MyInt(3)
print(a + 4, 4 + a, a - 1, a * 2, -a, repr(a), str(a), a.__sub__(1), MyInt.__mul__(a, 3), int.__add__(a, a))
print((5).__add__(a), a.__radd__(1), a.__lt__(4), a == 3, hash(a) == hash(3), abs(MyInt(-2)), ~MyInt(1))

class Celsius(float):
    def __str__(self):
        return float.__repr__(self) + ' C'
print(str(Celsius(21.5)), repr(Celsius(21.5)), Celsius(1.5) + 1, -Celsius(2.0), format(Celsius(2.25), '.1f'))

class Word(str):
    def __len__(self):
        return str.__len__(self) * 3
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    __hash__ = str.__hash__
w = Word('Hi')
print(len(w), w == 'hI', w.__eq__('x'), w + '!', w[0], {w: 1}[w], Word.__hash__ is str.__hash__)

class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'Point ' + object.__repr__(self)[:7]
    def __eq__(self, other):
        r = object.__eq__(self, other)
        return r if r is not NotImplemented else isinstance(other, Point) and other.x == self.x
    __hash__ = object.__hash__

p = Point(1)
print(repr(p), p == Point(1), p == p, p != Point(2), object.__ne__(p, p), object.__eq__(p, 1))
print(type(p).__eq__ is Point.__eq__, object.__hash__(p) == hash(p), object.__init__(p), object.__setattr__(p, 'y', 5), p.y)

class Stack(list):
    def __iadd__(self, other):
        print('iadd', other)
        return list.__iadd__(self, other)
s = Stack([1])
s += [2]
print(s, type(s).__name__, Stack.__imul__(s, 2), type(s.__imul__(1)).__name__)

class Bag(set):
    def __or__(self, other):
        return Bag(set.__or__(self, other))
print(type(Bag({1}) | {2}).__name__, sorted(Bag({1}) | {2}), sorted(set.__and__(Bag({1, 2}), {2})))

class Rev(tuple):
    def __iter__(self):
        return iter(tuple.__getitem__(self, slice(None, None, -1)))
print(list(Rev((1, 2, 3))), Rev((1, 2)).__len__(), tuple.__iter__(Rev((4, 5))).__next__())

class N(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)
print(N(4), type(N(4)).__name__, int.__new__(N, 7), type(int.__new__(N, 7)).__name__)
