# frozen dataclasses refuse assignment; order=True compares field tuples; __hash__ by eq/frozen/unsafe_hash
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v = Version(1, 2, 'beta')
print(v, Version(1) < Version(2), Version(1, 1) <= Version(1, 1), Version(2) > Version(1, 9))
print(Version(1, 2) >= Version(1, 3), Version(1, 2, 'a') == Version(1, 2, 'b'))
print(sorted([Version(3), Version(1, 5), Version(1, 2)]), max(Version(0, 1), Version(0, 2)))
print(hash(v) == hash((1, 2)), {Version(1): 'one'}[Version(1, 0, 'x')])
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            v.major = 3
        elif action == 'del':
            del v.minor
        else:
            v.extra = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)


@dataclass
class Mutable:
    a: int


try:
    hash(Mutable(1))
except TypeError as e:
    print(e)
print(Mutable.__hash__)


@dataclass(unsafe_hash=True)
class Tagged:
    a: int
    notes: list = field(default_factory=list, hash=False, compare=False)


print(hash(Tagged(1)) == hash((1,)), Tagged(1) == Tagged(1, ['x']))


@dataclass(eq=False, frozen=True)
class Ident:
    a: int


print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)


@dataclass(frozen=True)
class WithHash:
    a: int

    def __hash__(self):
        return 42


print(hash(WithHash(1)))
for bad in ('order-no-eq', 'overwrite-lt', 'overwrite-setattr', 'unsafe-explicit'):
    try:
        if bad == 'order-no-eq':
            @dataclass(order=True, eq=False)
            class A:
                x: int
        elif bad == 'overwrite-lt':
            @dataclass(order=True)
            class B:
                x: int

                def __lt__(self, other):
                    return False
        elif bad == 'overwrite-setattr':
            @dataclass(frozen=True)
            class C:
                x: int

                def __setattr__(self, name, value):
                    pass
        else:
            @dataclass(unsafe_hash=True)
            class D:
                x: int

                def __hash__(self):
                    return 1
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
