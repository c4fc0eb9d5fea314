# lambda expressions: defaults, immediate calls, in data structures, late binding.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: 'now')())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
late = [lambda: i for i in range(3)]
print([f() for f in late])
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(square.__name__, type(square).__name__)
pick = lambda cond: 'yes' if cond else 'no'
print(pick(1), pick([]))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry('x')('y')('z'))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
