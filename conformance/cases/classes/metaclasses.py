# Metaclasses: type.__new__ through super(), keyword arguments, __init__, methods and properties of the
# metaclass seen on its classes, __call__, __prepare__, inheritance of the metaclass, conflicts.
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['x'] = 1
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = name
    def hello(cls):
        return 'hello from ' + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()
    def __call__(cls, *args):
        print('creating', cls.__name__, args)
        return super().__call__(*args)
    def __repr__(cls):
        return f'<M class {cls.__name__}>'
class C(metaclass=M, flag=True):
    def __init__(self, v):
        self.v = v
print(C.x, type(C).__name__, C.kw, C.inited, C.hello(), C.upper, C)
c = C(5)
print(c.v, type(c).__name__, isinstance(C, M), isinstance(c, C), type(C) is M)
class D(C):
    pass
print(type(D).__name__, D.x, D.inited, D.hello(), D.kw)
class Plain(type):
    pass
class E(metaclass=Plain):
    a = 1
print(type(E).__name__, E.a, type(E()).__name__)
X = type.__new__(Plain, 'X', (), {'a': 2})
print(type(X).__name__, X.a, X.__name__)
Y = type('Y', (E,), {})
print(type(Y).__name__)
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
class Base(metaclass=Registry): pass
class Sub1(Base): pass
class Sub2(Base): pass
print(Registry.classes)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class F(metaclass=Ordered, k=1):
    pass
print(F.prepared)
try:
    class G(metaclass=M, k=1):
        pass
    class H(G, other=2):
        pass
except TypeError as e:
    print(e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self): print('init once')
print(S() is S())
for f in [lambda: type.__new__(int, 'Z', (), {}), lambda: type.__new__(M, 'Z', ()), lambda: type.__new__(M, 1, (), {}), lambda: type('Q', (), [])]:
    try:
        f()
    except TypeError as e:
        print(e)
class M2(type): pass
class A2(metaclass=M2): pass
try:
    class Bad(A2, C): pass
except TypeError as e:
    print(e)
