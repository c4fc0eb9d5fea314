# sorted/min/max/list.sort with key= and reverse=, stability, multi-key tuples.
words = ['banana', 'Apple', 'cherry', 'fig', 'date', 'Elder', 'apple']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(min(words, key=len), max(words, key=len), min(words), max(words, key=str.lower))
people = [('ann', 31), ('bob', 25), ('cid', 31), ('dee', 25), ('eve', 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name, key=lambda p: p[1]))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted('hello world'), sorted({3: 'a', 1: 'b'}), sorted((2, 1)))
print(max([], key=len, default=None), min(3, 1, 2, key=lambda x: -x))
print(max([(1, 'b'), (1, 'a')]), sorted([[2, 1], [1, 5], [1, 2]]))
d = {'x': 3, 'y': 1, 'z': 2}
print(sorted(d, key=d.get), max(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1]))
print(sorted([True, False, 2, 0.5]), sorted(['b', 'A', 'a', 'B']))
