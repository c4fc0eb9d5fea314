# Closures and nonlocal counters.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1(), c2())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def make_multipliers():
    funcs = []
    for i in range(4):
        def mul(x):
            return x * i
        funcs.append(mul)
    return funcs
for f in make_multipliers():
    print(f(10))
def make_bound():
    funcs = []
    for i in range(4):
        def mul(x, i=i):
            return x * i
        funcs.append(mul)
    return funcs
for f in make_bound():
    print(f(10))
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x + '!'
        return inner()
    x = 'changed'
    return middle()
print(outer())
def accumulator(start):
    total = start
    def add(v):
        nonlocal total
        total = total + v
        return total
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc(-50))
