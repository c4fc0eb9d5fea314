# In-place operators: __iadd__ mutating, fallback to __add__ when __iadd__ is missing.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print('iadd')
        self.items.extend(other)
        return self
    def __add__(self, other):
        print('add')
        return Bag(self.items + list(other))
    def __isub__(self, other):
        print('isub')
        self.items = [x for x in self.items if x not in other]
        return self
    def __repr__(self):
        return 'Bag' + repr(self.items)
b = Bag([1, 2])
alias = b
b += [3, 4]
print(b, alias, b is alias)
c = b + [5]
print(c, b)
b -= [1, 3]
print(b, alias)
class OnlyAdd:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return OnlyAdd(self.n + other)
    def __repr__(self):
        return f'OnlyAdd({self.n})'
x = OnlyAdd(1)
y = x
x += 10
print(x, y, x is y)
class Weird:
    def __iadd__(self, other):
        return 'replaced'
w = Weird()
w += 1
print(w)
lst = [1]
ref = lst
lst += [2]
print(ref)
t = (1,)
tref = t
t += (2,)
print(t, tref)
class Holder:
    pass
h = Holder()
h.val = Bag([0])
h.val += [9]
print(h.val)
d = {'k': Bag([])}
d['k'] += [7]
print(d)
