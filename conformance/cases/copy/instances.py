# copying instances: __dict__ and __slots__ state, __copy__, __deepcopy__, __getstate__/__setstate__
import copy


class Point:
    def __init__(self, x, y):
        print('init called')
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


p = Point([1], 'y')
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q).__name__, q is p, q.x is p.x, r.x is p.x, r.y is p.y)
print(vars(q) == vars(p), vars(q) is vars(p))


class Empty:
    pass


print(type(copy.copy(Empty())).__name__, vars(copy.deepcopy(Empty())))


class Slotted:
    __slots__ = ('a', 'b')


s = Slotted()
s.a = [5]
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a, s3.a is s.a, hasattr(s3, 'b'))


class Mixed(Slotted):
    def __init__(self):
        self.a = 1
        self.extra = {'k': 'v'}


mx = copy.deepcopy(Mixed())
print(mx.a, mx.extra, hasattr(mx, 'b'))


class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = 'expensive'

    def __getstate__(self):
        print('getstate')
        return {'value': self.value}

    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
        self.cache = None


st = copy.deepcopy(Stateful())
print(vars(st))


class Custom:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print('__copy__')
        return Custom(list(self.items))

    def __deepcopy__(self, memo):
        print('__deepcopy__', type(memo).__name__)
        return Custom([copy.deepcopy(i, memo) for i in self.items] + ['deep'])


cu = Custom([1, [2]])
print(copy.copy(cu).items, copy.deepcopy(cu).items)
holder = [cu, cu]
hc = copy.deepcopy(holder)
print(hc[0] is hc[1])


class Reducer:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        print('__reduce__')
        return (Reducer, (self.n * 10,))


print(copy.copy(Reducer(2)).n, copy.deepcopy(Reducer(3)).n)


class Method:
    def __init__(self):
        self.n = 7

    def get(self):
        return self.n


mo = Method()
bm = copy.deepcopy(mo.get)
print(bm(), bm.__self__ is mo, copy.copy(mo.get).__self__ is mo)
