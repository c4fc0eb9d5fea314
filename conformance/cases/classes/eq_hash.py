# __eq__ and __hash__: instances as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return self.a * 31 + self.b
    def __repr__(self):
        return f'Key({self.a}, {self.b})'
k1 = Key(1, 2)
k2 = Key(1, 2)
k3 = Key(2, 1)
print(k1 == k2, k1 == k3, k1 != k2, k1 is k2)
print(k1 == 5, k1 != 'x')
d = {k1: 'first'}
d[k2] = 'second'
d[k3] = 'third'
print(len(d), d[Key(1, 2)], d)
s = {k1, k2, k3, Key(2, 1)}
print(len(s), sorted(s, key=lambda k: (k.a, k.b)))
print(Key(2, 1) in s, Key(9, 9) in s)
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash() == 3, NoHash.__hash__ is None)
try:
    {NoHash(): 1}
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
print({p: 1}[p])
print([k1, k3].index(Key(2, 1)), [k1, k2].count(Key(1, 2)))
