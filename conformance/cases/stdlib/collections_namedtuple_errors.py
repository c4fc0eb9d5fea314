from collections import namedtuple

P = namedtuple('P', 'x y')
tests = [
    lambda: P(1),
    lambda: P(),
    lambda: P(1, 2, 3),
    lambda: P(1, y=2, z=3),
    lambda: P(1, x=2),
    lambda: P._make([1]),
    lambda: P(1, 2)._replace(z=1),
    lambda: namedtuple('a b', 'x'),
    lambda: namedtuple('A', 'x class'),
    lambda: namedtuple('A', 'x _y'),
    lambda: namedtuple('A', 'x x'),
    lambda: namedtuple('A', 'x', defaults=(1, 2)),
    lambda: namedtuple('A', '1x'),
    lambda: namedtuple('T', 'a b c')(1),
    lambda: namedtuple('D', 'a b', defaults=[1])(),
    lambda: namedtuple('D', 'a b', defaults=[1])(1, 2, 3),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
