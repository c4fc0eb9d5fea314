from itertools import chain, compress, dropwhile, takewhile, filterfalse, starmap

print(list(chain('ab', [1, 2], (3,), range(2))))
print(list(chain()))
print(list(chain.from_iterable(['abc', 'de', ''])))
print(list(chain.from_iterable([[1, 2], [3], []])))
def gen():
    yield [1]
    yield [2, 3]
print(list(chain.from_iterable(gen())))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 3)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
it = takewhile(lambda x: x != 3, iter([1, 2, 3, 4, 5]))
print(list(it))
try:
    list(chain(1, 2))
except TypeError as e:
    print('TypeError:', e)
