# Methods that validate and raise, a subclass adding rules, and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.log.append(('dep', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f'{self.owner}: need {amount}, have {self.balance}')
        self.balance -= amount
        self.log.append(('wd', amount))
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
    def __str__(self):
        return f'{self.owner}: {self.balance}'
class Savings(Account):
    limit = 2
    def withdraw(self, amount):
        if sum(1 for kind, _ in self.log if kind == 'wd') >= self.limit:
            raise InsufficientFunds('withdrawal limit reached')
        super().withdraw(amount)
a = Account('ann', 100)
s = Savings('sam', 50)
for action in [lambda: a.deposit(20), lambda: a.withdraw(500), lambda: a.deposit(-1),
               lambda: s.withdraw(10), lambda: s.withdraw(10), lambda: s.withdraw(10),
               lambda: a.transfer(s, 60), lambda: s.transfer(a, 1)]:
    try:
        action()
        print('ok', a, '|', s)
    except InsufficientFunds as e:
        print('InsufficientFunds:', e)
    except ValueError as e:
        print('ValueError:', e)
print(a.log)
print(s.log)
