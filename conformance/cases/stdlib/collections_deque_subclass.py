# Subclasses of the native deque: inherited methods and operators, overrides, super(), copies.
from collections import deque

class D(deque):
    pass
d = D([1, 2], 5)
d.tag = 'x'
print(d, type(d).__name__, d.tag, d.maxlen, isinstance(d, deque), D.__mro__[1] is deque)
print(type(d.copy()).__name__, d.copy(), type(d + deque([3])).__name__, type(d * 2).__name__, type(2 * d).__name__)
print(d == deque([1, 2]), deque([1, 2]) == d, d + d, d.__copy__(), deque([0]) + d)
d += [7]
d *= 2
print(d, type(d).__name__, len(d), d[0], d[-1], 7 in d, list(reversed(d)), bool(D()))
class E(deque):
    def __init__(self, a, b):
        super().__init__([a, b])
e = E(1, 2)
print(e, e.maxlen)
for f in (lambda: e.copy(), lambda: e + e, lambda: d.maxlen.__class__, lambda: hash(d), lambda: d + [1], lambda: d.foo):
    try:
        print(f())
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__ + ':', exc)
try:
    d.maxlen = 3
except AttributeError as exc:
    print('AttributeError:', exc)
class F(deque):
    def append(self, x):
        super().append(x * 10)
    def __repr__(self):
        return 'F<' + super().__repr__() + '>'
f = F([1])
f.append(2)
f.extend([3])
print(f, list(f), len(f), bool(f), 10 in f, f[1], str(f))
class G(deque):
    def __len__(self):
        return 42
    def __getitem__(self, i):
        return ('item', i)
    def __contains__(self, x):
        return x == 'always'
g = G([1, 2, 3])
print(len(g), bool(G()), g, g[0], 'always' in g, 1 in g, list(g))
class H(deque):
    def __iter__(self):
        yield 'h'
print(list(H([1, 2])), H([1, 2]), H([1, 2]) == deque(['h']), deque(H([5, 6])))
class N(deque):
    def __add__(self, other):
        return 'N.add'
    def __mul__(self, n):
        return NotImplemented
class R:
    def __radd__(self, other):
        return 'R.radd'
    def __rmul__(self, other):
        return 'R.rmul'
print(N() + [1], deque() + R(), D() + R(), deque() * R(), D([1]) * 2, 3 * D('a'))
for f in (lambda: N([1]) * 2, lambda: 2 * N([1]), lambda: deque([1]) * N()):
    try:
        print(f())
    except TypeError as exc:
        print('TypeError:', exc)
class S(deque):
    def __new__(cls, *args):
        self = super().__new__(cls)
        self.made = True
        return self
s = S('ab')
print(s, s.made, S.__name__, type(iter(s)).__name__)
