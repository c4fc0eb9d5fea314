from collections import Counter

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+b, -b)
c = Counter(x=1)
c += Counter(x=2, y=-5)
print(c)
c -= Counter(x=10)
print(c)
d = Counter(a=2, b=1)
d |= Counter(a=1, b=3)
print(d)
d &= Counter(a=1)
print(d)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=1))
e = Counter('aab').copy()
print(e, type(e).__name__)
print(sum([Counter('ab'), Counter('bc')], Counter()))
try:
    Counter.fromkeys('abc')
except NotImplementedError as err:
    print('NotImplementedError:', err)
class Bag(Counter):
    pass
print(Bag('xyx'), Bag())
print(Counter({'a': 1.5, 'b': 2}))
