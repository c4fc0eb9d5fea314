# errors CPython raises while @dataclass processes a class, and field() mistakes
from dataclasses import dataclass, field, KW_ONLY
from typing import ClassVar

cases = {}


def case(fn):
    cases[fn.__name__] = fn
    return fn


@case
def non_default_follows_default():
    @dataclass
    class A:
        x: int = 1
        y: int


@case
def mutable_list_default():
    @dataclass
    class B:
        x: list = []


@case
def mutable_dict_default():
    @dataclass
    class B2:
        x: dict = {}


@case
def mutable_set_default():
    @dataclass
    class B3:
        items: set = set()


@case
def unhashable_dataclass_default():
    @dataclass
    class Inner:
        v: int = 0

    @dataclass
    class B4:
        inner: Inner = Inner()


@case
def both_defaults():
    field(default=1, default_factory=list)


@case
def field_without_annotation():
    @dataclass
    class C:
        x = field(default=1)


@case
def classvar_factory():
    @dataclass
    class D:
        x: ClassVar[list] = field(default_factory=list)


@case
def two_kw_only_markers():
    @dataclass
    class E:
        a: int
        _: KW_ONLY
        b: int = 0
        c: KW_ONLY


@case
def weakref_slot_without_slots():
    @dataclass(weakref_slot=True)
    class F:
        a: int


for name, fn in cases.items():
    try:
        fn()
        print(name, 'no error')
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)


@dataclass
class Fine:
    x: int
    y: int = 0
    _: KW_ONLY
    z: int


print(Fine(1, z=2), Fine.__doc__)
