# list methods: append/extend/insert/pop/remove/index/count/sort/reverse/copy/clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend('ab')
a.extend(range(2))
print(a, len(a))
a.insert(0, 'start')
a.insert(100, 'end')
a.insert(-1, 'before end')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index('a'), a.count(1), a.count('zz'))
try:
    a.remove('zz')
except ValueError as e:
    print('ValueError:', e)
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=lambda n: (n % 3, n))
print(nums)
nums.reverse()
print(nums)
r = nums.sort()
print(r, nums.reverse(), nums.append(0))
b = nums.copy()
b.append(99)
print(nums, b, b is nums)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append('shared')
print(nested, shallow)
b.clear()
print(b, len(b))
words = ['pear', 'Fig', 'apple', 'date']
words.sort(key=str.lower)
print(words, words.index('date', 1), [1, 2, 1, 2].index(2, 2))
m = [1, 2, 3]
m += [4]
m *= 2
print(m, m[::2], m.count(2))
m[1:3] = ['x', 'y', 'z']
del m[::3]
print(m)
