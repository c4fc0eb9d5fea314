# __iter__ and __next__: user iterators in for loops, list(), sum(), unpacking and zip.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print('tick', x)
print(list(Countdown(5)), sum(Countdown(4)))
a, b, c = Countdown(3)
print(a, b, c)
it = Countdown(2)
print(next(it), next(it), next(it, 'done'))
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
class Range2Iter:
    def __init__(self, lo, hi):
        self.cur, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 2
        return self.cur - 2
r = Range2(1, 8)
print(list(r), list(r))
print(list(zip(r, Countdown(10))))
print([x * 10 for x in r if x > 2])
print(max(r), min(r), sorted(r, reverse=True), 5 in r, 4 in r)
i = iter(r)
print(type(i).__name__, next(i), list(i))
print(dict(enumerate(Range2(0, 5))))
