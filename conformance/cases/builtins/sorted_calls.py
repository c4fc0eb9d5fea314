# sorted on ints, strings, tuples, with reverse=True; it returns a new list.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'b']))
print(sorted(['banana', 'Apple', 'cherry'], reverse=True))
print(sorted('python'), sorted('python', reverse=True))
print(sorted((3, 1, 2)), sorted(range(5, 0, -1)), sorted([]))
print(sorted({'b': 1, 'a': 2, 'c': 0}))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([2 ** 70, -(2 ** 70), 0, 2 ** 64, 1.5]))
print(sorted([[3, 1], [2], [3], [2, 5]]))
print(sorted([True, False, 2, -1, 0.5]))
big = []
x = 7
for i in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    big.append(x % 1000)
s = sorted(big)
print(s[:10], s[-5:], len(s))
ok = True
for i in range(len(s) - 1):
    if s[i] > s[i + 1]:
        ok = False
print(ok)
