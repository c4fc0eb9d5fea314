# Class attributes versus instance attributes, and shadowing.
class Counter:
    total = 0
    kind = 'counter'

    def __init__(self, name):
        self.name = name
        Counter.total += 1

    def describe(self):
        return self.name + ' is a ' + self.kind

a = Counter('a')
b = Counter('b')
print(Counter.total, a.total, b.total)
print(a.describe())
b.kind = 'special'
print(b.describe(), a.describe())
print(Counter.kind)
Counter.kind = 'renamed'
print(a.describe(), b.describe())
del b.kind
print(b.describe())
print('kind' in a.__dict__, 'name' in a.__dict__)
print(a.__dict__)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1 = Shared()
s2 = Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
s1.items = ['own']
s1.add(3)
print(s1.items, s2.items, Shared.items)
