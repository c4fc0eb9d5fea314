# __new__ before __init__, default identity equality and `is` on instances.
class Tracked:
    created = []
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        obj = super().__new__(cls)
        cls.created.append(args)
        return obj
    def __init__(self, a, b=0):
        print('__init__', a, b)
        self.a = a
        self.b = b
t = Tracked(1, 2)
u = Tracked(3)
print(t.a, t.b, u.a, u.b, Tracked.created)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.n = 0
        return cls._inst
s1 = Single()
s2 = Single()
s1.n += 5
print(s1 is s2, s2.n)
class P:
    pass
p, q = P(), P()
r = p
print(p is r, p is q, p == q, p != q, p == r, p is not q)
lst = [p, q]
print(lst.index(q), q in lst, P() in lst)
class Pos(int):
    pass
x = Pos(7)
print(x + 1, type(x).__name__, isinstance(x, int), x == 7)
class Upper(str):
    def shout(self):
        return self.upper() + '!'
w = Upper('hey')
print(w.shout(), len(w), w + 'x', type(w + 'x').__name__)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__)
