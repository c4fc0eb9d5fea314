# Functions as arguments and return values: reduce-like folds, compose, partial application.
def fold(f, items, init):
    acc = init
    for x in items:
        acc = f(acc, x)
    return acc
print(fold(lambda a, b: a + b, [1, 2, 3, 4], 0))
print(fold(lambda a, b: a * b, range(1, 6), 1))
print(fold(lambda a, b: b + a, 'abc', ''))
print(fold(max, [3, 9, 2], float('-inf')))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
pipeline = compose(str, lambda x: x * 2, abs)
print(repr(pipeline(-21)))
def partial(fn, *pre, **kwpre):
    def call(*args, **kw):
        return fn(*pre, *args, **{**kwpre, **kw})
    return call
def volume(l, w, h):
    return l * w * h
print(partial(volume, 2)(3, 4), partial(volume, h=10)(1, 2), partial(volume, 1, 2, 3)())
join_dash = partial(str.join, '-')
print(join_dash(['a', 'b', 'c']))
def apply_n(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g
print(apply_n(lambda x: x * 2, 10)(1), apply_n(str.strip, 0)('  x '))
funcs = [abs, str, len, bool, type]
print([f.__name__ for f in funcs], [f('-1') if f is not abs else f(-1) for f in funcs[:4]])
table = {'sq': lambda x: x * x, 'neg': lambda x: -x, 'id': lambda x: x}
print({k: f(7) for k, f in table.items()})
def memo_calls(f):
    calls = []
    def w(*a):
        calls.append(a)
        return f(*a)
    return w, calls
w, calls = memo_calls(max)
w(1, 2)
w(5, 3, 4)
print(calls)
