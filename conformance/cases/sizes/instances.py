# sys.getsizeof of instances of plain classes and of list, dict, set and frozenset subclasses.
import sys
g = sys.getsizeof
class E:
    pass
class F:
    def __init__(self):
        self.a = 1
        self.b = 2
e = E()
print('plain', g(e), g(F()))
e.x = 1
e.y = 2
print('attributes are not counted', g(e))
class L(list):
    pass
class D(dict):
    pass
class S(set):
    pass
class FS(frozenset):
    pass
l = L()
print('list subclass', g(l), g(L([1, 2, 3])), g(L(range(10))))
for i in range(21):
    l.append(i)
print('appended', g(l))
d = D()
print('dict subclass', g(d), g(D(a=1)))
for i in range(10):
    d[i] = i
print('filled', g(d))
s = S(range(10))
print('set subclass', g(S()), g(s), sorted(s - {1}), type(s | {1}).__name__)
s.add(100)
print('added', g(s), len(s))
print('frozenset subclass', g(FS()), g(FS(range(10))), type(FS(range(3)) | {5}).__name__)
