# assigning to a frozen dataclass's field, uncaught: FrozenInstanceError ends the program
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = 'EUR'


m = Money(5)
print(m, m.amount)
m.amount = 6
print('not reached')
