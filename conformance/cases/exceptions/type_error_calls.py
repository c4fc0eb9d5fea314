# TypeError messages for bad calls: missing, extra and unexpected arguments.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h(x, /, y):
    return x
class K:
    def m(self, v):
        return v
five, text, nothing = 5, 'abc', None
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(x=1, y=2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: (lambda: 0)(1),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{'a': 1, 'z': 2}),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, 'ok')
    except TypeError as e:
        print(i, e)
