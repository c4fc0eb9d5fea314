# copying subclasses of builtins and the collections types
import copy
import collections


class Tagged(list):
    pass


x = Tagged([1, [2]])
x.tag = 'hi'
y = copy.deepcopy(x)
z = copy.copy(x)
print(type(y).__name__, y, y.tag, y[1] is x[1], z[1] is x[1], z.tag)


class Registry(dict):
    pass


r = Registry(a=[1])
r2 = copy.copy(r)
r3 = copy.deepcopy(r)
print(type(r2).__name__, r2, r2['a'] is r['a'], r3['a'] is r['a'])


class Bag(set):
    pass


bag = copy.deepcopy(Bag([2, 1]))
print(type(copy.copy(Bag([1]))).__name__, type(bag).__name__, sorted(bag))


class Meters(int):
    pass


m = copy.deepcopy(Meters(7))
print(type(m).__name__, m, m + 1)


class Name(str):
    pass


n = Name('abc')
n.lang = 'en'
n2 = copy.copy(n)
print(type(n2).__name__, n2, n2.lang)


class Pair(tuple):
    pass


pr = copy.deepcopy(Pair((1, [2])))
print(type(pr).__name__, pr)
Pt = collections.namedtuple('Pt', 'x y')
print(copy.deepcopy(Pt(1, [2])), copy.copy(Pt(1, 2)))
dq = collections.deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[1] is dq[1], copy.copy(dq))
dd = collections.defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2['b'].append(2)
print(dd2, dd2['a'] is dd['a'], copy.copy(dd))
print(copy.deepcopy(collections.Counter('abca')))
print(copy.deepcopy(collections.OrderedDict(a=1, b=[2])))


class MyError(Exception):
    pass


err = MyError('bad', 1)
err.note = 'n'
err2 = copy.deepcopy(err)
print(repr(err2), err2.note, err2 is err, copy.copy(ValueError('v')).args)
