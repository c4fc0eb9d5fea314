# Set comprehensions, sets of frozensets, iteration and what changes it during iteration.
print({x * x % 37 for x in range(60)})
print({frozenset({1, 2}), frozenset({3}), frozenset(), frozenset({2, 1})})
print({frozenset(range(i)) for i in range(6)})
print(frozenset({frozenset({1}), frozenset({1, 2})}))
s = {10, 20, 30, 40}
it = iter(s)
print(next(it), list(it))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(3)
s.add(11)  # same size: the iteration goes on over the slots
print(list(it))
s = {1, 2}
it = iter(s)
s.add(5)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError:', e)
print(sorted({5, 3, 1}), list({9, 8, 7}), tuple({-1, -2}), [*{4, 12, 20}])
print({k: None for k in {9, 8, 7}}, dict.fromkeys({33, 1, 17}))
print(4 in {1, 2, 3}, 1 in {1, 2, 3}, [x for x in {100, 64, 36}])
print(max({3, 9, 1}), sum({0.5, 1.5}), ' '.join(str(v) for v in {13, 5, 8}))
print(set('a'), {(1, 'a'), (1, 'a')})
