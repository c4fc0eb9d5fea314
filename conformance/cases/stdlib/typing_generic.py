from typing import TypeVar, Generic, Protocol, List, Optional, NamedTuple, NewType, Dict

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V', int, str)
Co = TypeVar('Co', covariant=True)
print(T, V, Co, TypeVar('Contra', contravariant=True))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.peek(), type(s).__name__, isinstance(s, Stack))

class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v
print(Pair('a', 1).k, Pair[str, int]('b', 2).v)

class Greeter(Protocol):
    def greet(self) -> str: ...

class English:
    def greet(self) -> str:
        return 'hello'

def welcome(g: Greeter) -> str:
    return g.greet() + '!'
print(welcome(English()))

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('Guido', 3)
print(e, e.name, e.id, e._fields)
UserId = NewType('UserId', int)
print(UserId(5) + 1, UserId.__name__)
def lookup(d: Dict[str, 'Stack[int]']) -> int:
    return len(d)
print(lookup({}))
