# Recursive generators: permutations, combinations, subsets and tree paths (no itertools).
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print([''.join(p) for p in permutations('abc')])
print(len(list(permutations(list(range(5))))))
print(list(combinations([1, 2, 3, 4], 2)))
print(list(combinations('abcd', 3)))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def paths(tree, prefix=()):
    for key, sub in tree.items():
        if sub:
            yield from paths(sub, prefix + (key,))
        else:
            yield '/'.join(prefix + (key,))
fs = {'usr': {'bin': {'python': {}}, 'lib': {}}, 'etc': {'hosts': {}}}
print(list(paths(fs)))
