# Classic recursive functions.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
for i in range(10):
    print(i, fib(i))
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)
print(factorial(0), factorial(5), factorial(20))
print(factorial(50))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(0, 0), ackermann(1, 2), ackermann(2, 3), ackermann(3, 3))
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)
m = []
hanoi(4, 'A', 'C', 'B', m)
print(len(m), m[:7])
def power_set_size(items):
    if len(items) == 0:
        return 1
    return 2 * power_set_size(items[1:])
print(power_set_size([1, 2, 3, 4, 5]))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
