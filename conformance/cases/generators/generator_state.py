# Several independent generator instances, each with its own local state.
def ticket(prefix):
    n = 0
    while True:
        n += 1
        yield f'{prefix}-{n:03d}'
a = ticket('A')
b = ticket('B')
print(next(a), next(a), next(b), next(a), next(b))
def stateful():
    seen = []
    while True:
        x = yield list(seen)
        seen.append(x)
s = stateful()
next(s)
print(s.send(1), s.send(2))
t = stateful()
next(t)
print(t.send('only'), s.send(3))
def gen_with_default(items=[]):
    items.append(len(items))
    yield from items
print(list(gen_with_default()), list(gen_with_default()))
def round_robin(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(round_robin(iter('abc'), iter([1]), iter('xy'))))
def scan(f, it, init):
    acc = init
    yield acc
    for x in it:
        acc = f(acc, x)
        yield acc
print(list(scan(lambda a, b: a * b, range(1, 6), 1)))
print(list(scan(max, [3, 1, 4, 1, 5, 9, 2], 0)))
