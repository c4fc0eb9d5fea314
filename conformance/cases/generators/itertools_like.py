# Hand-written versions of itertools helpers as generators: count, islice, takewhile, groupby.
def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, stop):
    it = iter(it)
    for _ in range(stop):
        try:
            yield next(it)
        except StopIteration:
            return
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
def groupby(items, key):
    group = []
    current = object()
    for x in items:
        k = key(x)
        if group and k != current:
            yield current, group
            group = []
        current = k
        group.append(x)
    if group:
        yield current, group
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(islice(count(5, 3), 4)))
print(list(islice('ab', 5)))
print(list(takewhile(lambda x: x < 10, count(1, 4))))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])))
print(list(groupby('aaabccdd', key=lambda c: c)))
print([(k, len(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)])
print(list(pairwise([1, 4, 9, 16])), list(pairwise([])))
print([b - a for a, b in pairwise(x * x for x in range(6))])
