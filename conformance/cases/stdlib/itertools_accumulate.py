from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)))
print(list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate(range(5), lambda a, b: a * 10 + b, initial=0)))
print(list(accumulate([1, 2, 3], func=operator.sub)))
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print('TypeError:', e)
