# Closures capture variables, not values; nonlocal rebinding; shared cells.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    x = 'changed before call'
    return middle()()
print(outer())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = accumulator()
print(acc('a'), acc('b'), acc('c'))
def cache(fn):
    memo = {}
    def wrapper(n):
        if n not in memo:
            memo[n] = fn(n)
        return memo[n]
    wrapper.memo = memo
    return wrapper
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.memo))
def nested_nonlocal():
    a = 1
    def level1():
        nonlocal a
        a += 1
        def level2():
            nonlocal a
            a *= 10
        level2()
    level1()
    return a
print(nested_nonlocal())
