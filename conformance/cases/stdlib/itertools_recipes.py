from itertools import (islice, chain, zip_longest, cycle, combinations, groupby, starmap,
                       repeat, tee, count, filterfalse, accumulate)
from collections import deque
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = []
    for element in filterfalse(None, map(lambda x: 0, [])):
        pass
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.append(k)
            yield element

def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

print(take(3, count(10)), nth(range(10), 3), nth('ab', 5, 'none'))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)))
print(all_equal('aaaa'), all_equal('aaab'), all_equal(''))
print(list(starmap(operator.mul, zip(range(5), repeat(3)))))
print(list(accumulate(chain([1], repeat(2, 4)), operator.mul)))
a, b = tee(range(6))
next(b, None)
print(list(zip(a, b)))
print(sum(1 for _ in groupby(sorted('mississippi'))))
