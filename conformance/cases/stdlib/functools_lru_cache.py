from functools import lru_cache

calls = []

@lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(n)
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
sq.cache_clear()
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__(9), sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache(maxsize=None)
def f(a, b=1):
    return a + b
print(f(1), f(1), f(1, 2), f(1, b=2), f(a=1, b=2), f.cache_info())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())

@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError:', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError:', e)
