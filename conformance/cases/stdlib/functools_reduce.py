from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(operator.mul, range(1, 7), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 42))
print(reduce(operator.add, [7]))
print(reduce(lambda a, b: a + b, 'abc'))
print(reduce(lambda a, b: b + a, 'abc', '!'))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)
try:
    reduce(operator.add, iter(()))
except TypeError as e:
    print('TypeError:', e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print('TypeError:', e)
