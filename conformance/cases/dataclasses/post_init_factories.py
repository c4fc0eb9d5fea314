# __post_init__, InitVar, default_factory and init=False fields
from dataclasses import dataclass, field, fields, InitVar

calls = []


def make_tags():
    calls.append('factory')
    return ['new']


@dataclass
class Order:
    items: list = field(default_factory=list)
    tags: list = field(default_factory=make_tags)
    total: int = field(init=False, default=0)
    created: list = field(init=False, default_factory=list)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        print('post_init', scale)
        self.total = len(self.items) * scale


a = Order([1, 2], scale=10)
b = Order()
print(a, b, calls)
print(a.items is not b.items, b.created, Order().created is Order().created)
print(Order(tags=['given']), calls)
print([f.name for f in fields(Order)], 'scale' in Order.__dataclass_fields__)
print(Order.__doc__)
try:
    Order(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Order(total=5)
except TypeError as e:
    print(e)


@dataclass
class Cache:
    size: int

    def __post_init__(self):
        if self.size < 0:
            raise ValueError('size must be >= 0')
        self.slots = [None] * self.size


print(Cache(3).slots, vars(Cache(1)))
try:
    Cache(-1)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class Base:
    x: int

    def __post_init__(self):
        print('Base.__post_init__', self)


@dataclass
class Derived(Base):
    y: int = 0


Derived(1, 2)


@dataclass
class NoPost:
    a: InitVar[str]
    b: int = 0


n = NoPost('ignored', 3)
print(n, hasattr(n, 'a'), [f.name for f in fields(NoPost)], NoPost.__dataclass_fields__['a'].type)
