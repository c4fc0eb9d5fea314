# Decorators with arguments, class-based decorators, and decorators that validate.
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f'{fn.__name__}: expected {t.__name__}, got {type(a).__name__}')
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def label(n, s):
    return s * n
print(label(3, 'ab'))
try:
    label('3', 'ab')
except TypeError as e:
    print('TypeError:', e)
class Trace:
    def __init__(self, fn):
        self.fn = fn
        self.depth = 0
    def __call__(self, *args):
        print('  ' * self.depth + f'-> {self.fn.__name__}{args}')
        self.depth += 1
        result = self.fn(*args)
        self.depth -= 1
        print('  ' * self.depth + f'<- {result}')
        return result
@Trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(3))
def prefix(p):
    return lambda fn: lambda *a, **k: p + fn(*a, **k)
@prefix('>> ')
@prefix('[x] ')
def msg(s, end='.'):
    return s + end
print(msg('hello'), msg('bye', end='!'))
def once(fn):
    done = []
    def wrapper(*a):
        if not done:
            done.append(fn(*a))
        return done[0]
    return wrapper
@once
def init(v):
    print('initializing with', v)
    return v * 10
print(init(1), init(2), init(3))
