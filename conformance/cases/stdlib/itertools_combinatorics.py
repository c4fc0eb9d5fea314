from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], repeat=2))[:5])
print(list(product()))
print(list(product('ab', [])))
print(list(product('ab', repeat=0)))
print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations('AB', 3)), list(permutations('AB', 0)))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
for f, a in [(permutations, ('ab', -1)), (combinations, ('ab', -1)), (combinations_with_replacement, ('ab', -2))]:
    try:
        f(*a)
    except ValueError as e:
        print('ValueError:', e)
try:
    product('ab', repeat=-1)
except ValueError as e:
    print('ValueError:', e)
