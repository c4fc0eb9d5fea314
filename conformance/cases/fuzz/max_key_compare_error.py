# min/max with a key: an uncomparable key (or a key function that raises) releases the keys already made; found by fuzz/
pairs = [({}, 'b'), (3, 'a'), (2, 'c')]
try:
    max(pairs, key=lambda p: p[0])
except TypeError as e:
    print(e)
try:
    min([{}, 3])
except TypeError as e:
    print(e)
try:
    max([3, {}], key=lambda v: v)
except TypeError as e:
    print(e)
def bad(v):
    if v == 3:
        raise ValueError('no key for 3')
    return [v]
try:
    max([1, 2, 3, 4], key=bad)
except ValueError as e:
    print(e)
print(max([(1, {}), (2, {})], key=lambda p: p[0]), min('bca', key=lambda c: [c]))
