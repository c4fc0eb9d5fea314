from collections import deque, Counter, OrderedDict, defaultdict, namedtuple

P = namedtuple('P', 'x y')
Line = namedtuple('Line', 'start end')
print(Line(P(0, 0), P(3, 4)))
print(deque([deque([1]), deque([2], maxlen=1)]))
print(defaultdict(list, {'inner': defaultdict(int, {'k': 1})}))
print(OrderedDict([('a', OrderedDict(b=1)), ('c', deque('xy'))]))
print(Counter({'a': 'x', 'b': 'y'}), Counter({P(1, 2): 2, P(0, 0): 3}))
print([P(1, 2), Counter('aab'), deque(), OrderedDict()])
print({'d': deque([P(5, 6)], maxlen=2)})
class MyDeque(deque):
    pass
class Pt(P):
    def __str__(self):
        return f'<{self.x},{self.y}>'
print(MyDeque([1], 3), MyDeque(), Pt(1, 2), repr(Pt(1, 2)), [Pt(3, 4)])
print(Pt._make([7, 8]), type(Pt._make([7, 8])).__name__, Pt(1, 2)._replace(y=0))
print(P(1, 2) + (3,), P(1, 2) * 2, P(1, 2)[::-1], P(1, 2).count(1), P(1, 2).index(2))
print(Counter('abcabd').most_common(), Counter(a=0, b=-1), +Counter(a=0, b=-1))
print(f'{P(1, 2)!r:>20}|{deque([1])!s}|')
