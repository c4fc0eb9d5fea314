# dataclasses under `from __future__ import annotations`: string annotations, ClassVar and InitVar found by name
from __future__ import annotations
import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    count: ClassVar[int] = 0
    other: typing.ClassVar[str] = 'x'
    discount: InitVar[float] = 0.0
    tags: list[str] = field(default_factory=list)

    def __post_init__(self, discount):
        Item.count += 1
        self.price = self.price * (1 - discount)


print(Item.__annotations__)
a = Item('a', 10.0, 0.5)
print(a, Item.count, Item.__doc__)
print([(f.name, f.type) for f in fields(Item)])
print(Item.__dataclass_fields__['count']._field_type, Item.__dataclass_fields__['discount']._field_type)
print(Item.__dataclass_fields__['discount'].type, repr(InitVar[int]), InitVar[list])


@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int = 2
    c: dataclasses.InitVar[int] = 3

    def __post_init__(self, c):
        print('post_init c =', c)


print(Opts(1), Opts(1, b=5, c=9), Opts.__doc__, Opts.__match_args__)
try:
    Opts(1, 2)
except TypeError as e:
    print(e)
