# Generator methods: __iter__ as a generator, generators over object state.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
t = Tree('root', Tree('a', Tree('a1'), Tree('a2')), Tree('b'), Tree('c', Tree('c1')))
print(list(t))
print(list(t.leaves()))
for depth, v in t.walk():
    print('  ' * depth + v)
print('a2' in t, 'zz' in t, len(list(t)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c))
print(sorted(c), [x * y for x in c for y in c if x > y])
it = iter(c)
print(type(it).__name__, next(it), next(it))
