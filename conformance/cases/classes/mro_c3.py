# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C'
    def only_c(self):
        return 'only C'
class D(B, C):
    pass
class E(C, B):
    pass
print([c.__name__ for c in D.__mro__])
print([c.__name__ for c in E.__mro__])
print(D().who(), E().who(), D().only_c())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.__mro__])
print([c.__name__ for c in M.mro()])
try:
    class Bad(B, C, A, D):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
