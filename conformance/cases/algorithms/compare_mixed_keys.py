# Comparisons as sorting and searching make them: small ints at the edges of exact float range,
# strs past U+FFFF, tuples and lists of mixed items, and the pairs that must not compare.
big = 2 ** 53 - 1
print(big > -big, -big < big, big - 1 < big, big == big, (big, 1) < (big, 2), [big] > [-big])
print(sorted([3, -2, big, -big, 0, 7, -7]))
words = ['b\U0001F600', 'b\uffff', 'a', 'b', 'ba', '\U0001F600', '\uffff', '']
print(sorted(words))
print([w < 'b\uffff' for w in words])
counts = {'pear': 3, 'apple': 3, 'fig': 5, 'date': 1, 'kiwi': 5}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(1 == True, 1 == 1.0, (1, 'a') == (True, 'a'), [1, 2] == [1, 2.0], 'a' == 'a', 'a' != 'b')
nan = float('nan')
print((nan,) == (nan,), [nan] == [float('nan')], nan in [nan])
print(min([(2, 'b'), (1, 'z'), (1, 'a')]), max(['b', 'ab', 'abc']))
for a, b in [((1, 2), [1, 2]), ('1', 1), ((1, 'a'), (1, 2)), ([1], 'a')]:
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError', e)
print((1, 2) == [1, 2], 'x' == 1, 0 == '')
