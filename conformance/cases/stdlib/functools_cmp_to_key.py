from functools import cmp_to_key

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
nums = [5, 50, 56, 9]
print(''.join(sorted(map(str, nums), key=cmp_to_key(lambda a, b: int(b + a) - int(a + b)))))
K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= k2, k1 >= k2, k1.obj)
try:
    hash(k1)
except TypeError as e:
    print('TypeError:', e)
