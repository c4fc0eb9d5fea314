from typing import (Any, Callable, Dict, List, Tuple, Set, FrozenSet, Optional, Union,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type,
                    TypeVar, Generic, Protocol, cast, overload, TYPE_CHECKING, no_type_check)
import typing

def total(xs: List[int], scale: Optional[float] = None) -> Dict[str, int]:
    return {'sum': sum(xs) * (scale or 1)}

def apply(f: Callable[[int], int], items: Iterable[int]) -> Iterator[int]:
    for i in items:
        yield f(i)

def pairs(m: Mapping[str, Tuple[int, ...]]) -> Sequence[Any]:
    return sorted(m.items())

print(total([1, 2, 3]), total([1], 2.0))
print(list(apply(lambda x: x * x, [1, 2, 3])))
print(pairs({'b': (1,), 'a': (2, 3)}))
print(TYPE_CHECKING, cast(int, 'not an int'), cast('List[int]', [1]))
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., Any], Set[bytes], FrozenSet[int])
print(Union[int, None], Union[int], Union[int, Union[str, float]], Optional[List[int]])
print(Any, typing.List, typing.Dict, Type[int], Iterable[str], MutableMapping[str, Any])
print(Generator[int, None, None], Sequence[float])
if TYPE_CHECKING:
    print('never')

@no_type_check
def untyped(x: 'whatever') -> 'nothing':
    return x
print(untyped(5))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f('ab'))
print(Callable[[int], None], Dict[str, Optional[int]], Union[int, str, None])
