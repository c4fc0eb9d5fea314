# min, max, sum, abs.
nums = [3, -7, 12, 0, 5]
print(min(nums), max(nums), sum(nums))
print(min(4, 2, 8), max(4, 2, 8), min(1, 1.0), max(2.5, 2))
print(min('hello'), max(['b', 'abc', 'ab']), min((5, 1), (5, 0)))
print(sum([]), sum([0.1] * 10), sum([1, 2.5]), sum(range(10), 100))
print(sum([2 ** 64, 2 ** 64, -1]), sum([True, True, 2]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 100)), abs(True), abs(-0.0))
print(max([1, 5, 3]), min([[2], [1, 9]]))
print(max(range(1, 10, 4)), min('zebra', 'apple', 'mango'))
words = ['kiwi', 'fig', 'banana', 'apple']
longest = words[0]
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest, max(words), min(words))
