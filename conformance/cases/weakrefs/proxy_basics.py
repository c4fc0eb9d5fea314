# backend: generational, refcount
# weakref.proxy forwards attribute access, calls and operators; ReferenceError once dead.
import weakref


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = [balance]

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self.balance

    def __len__(self):
        return len(self.history)

    def __getitem__(self, i):
        return self.history[i]

    def __add__(self, other):
        return self.balance + other

    def __lt__(self, other):
        return self.balance < other

    def __str__(self):
        return "Account(%s)" % self.owner


acct = Account("ann", 10)
p = weakref.proxy(acct)
print(p.owner, p.deposit(5), p.balance, len(p), p[0], list(p))
print(p + 1, p < 100, str(p), 15 in p)
p.owner = "bob"
print(acct.owner, type(p) is weakref.ProxyType, weakref.proxy(acct) is p)
print(type(p) in weakref.ProxyTypes, callable(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


def double(x):
    return 2 * x


pd = weakref.proxy(double)
print(pd(21), callable(pd), type(pd) is weakref.CallableProxyType)

notified = []
p2 = weakref.proxy(acct, lambda proxy: notified.append(proxy is p2))
del acct
print(notified)
for action in (lambda: p.owner, lambda: len(p), lambda: p + 1, lambda: str(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
