# fields come from dataclass bases in MRO order; redefinitions keep their place; frozen must match
from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 1

    def total(self):
        return self.x + self.y


@dataclass
class Child(Base):
    z: int = 2
    x: int = 5


c = Child()
print(c, Child(1, 2, 3), c.total(), Child.__doc__, [f.name for f in fields(Child)])
print(isinstance(c, Base), c == Base(5, 1), Base(5, 1) == Base(5, 1))


class Mixin:
    def hello(self):
        return f'hello from {self.__class__.__name__}'


@dataclass
class WithMixin(Mixin, Base):
    w: str = 'w'


print(WithMixin(0), WithMixin(1).hello())


class NotData(Base):
    extra: int = 9


@dataclass
class AfterPlain(NotData):
    k: int = 0


print(AfterPlain(1), [f.name for f in fields(AfterPlain)])


@dataclass
class A:
    a: int = 0


@dataclass
class B(A):
    b: int = 0


@dataclass
class C(A):
    c: int = 0


@dataclass
class D(B, C):
    d: int = 0


print(D(1, 2, 3, 4), [f.name for f in fields(D)])


@dataclass(frozen=True)
class Frozen:
    a: int


@dataclass(frozen=True)
class FrozenChild(Frozen):
    b: int = 0


print(FrozenChild(1))
for bad in ('thaw', 'freeze', 'order'):
    try:
        if bad == 'thaw':
            @dataclass
            class Thawed(Frozen):
                b: int = 0
        elif bad == 'freeze':
            @dataclass(frozen=True)
            class Freezing(Base):
                q: int = 0
        else:
            @dataclass
            class Late(Base):
                needed: int
    except TypeError as e:
        print('TypeError:', e)
