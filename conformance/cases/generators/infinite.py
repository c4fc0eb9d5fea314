# Infinite generators consumed with break, zip and manual next().
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for n in naturals():
    if n * n > 50:
        print('first square over 50 from', n)
        break
out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
print(list(zip('abcd', naturals(10))))
def take(n, it):
    result = []
    for x in it:
        if len(result) == n:
            break
        result.append(x)
    return result
print(take(5, fib()), take(3, naturals(7)))
def cycle(items):
    while True:
        for item in items:
            yield item
c = cycle(['r', 'g', 'b'])
print([next(c) for _ in range(7)])
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)), len(list(collatz(27))))
