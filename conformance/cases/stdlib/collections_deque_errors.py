from collections import deque

d = deque([1, 2, 3])
tests = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: d[3],
    lambda: d[-4],
    lambda: d.index(9),
    lambda: d.remove(9),
    lambda: d['a'],
    lambda: d + [1],
    lambda: d.index(1, 1),
    lambda: d.index(3, 0, 2),
]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(d.index(2, -2), d.index(3, 1, 10))
try:
    hash(d)
except TypeError:
    print('unhashable')
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)
