from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(1, 1))

def original():
    "orig doc"
original.custom = 'attr'

def other():
    pass
update_wrapper(other, original)
print(other.__name__, other.__doc__, other.custom, other.__wrapped__ is original)

def third():
    pass
update_wrapper(third, original, assigned=('__doc__',), updated=())
print(third.__name__, third.__doc__, hasattr(third, 'custom'))
print(WRAPPER_ASSIGNMENTS)
print(WRAPPER_UPDATES)

class Holder:
    def method(self):
        "method doc"
        return 1

def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a) + 1
    return inner
Holder.method = deco(Holder.method)
print(Holder().method(), Holder.method.__qualname__, Holder.method.__doc__)
