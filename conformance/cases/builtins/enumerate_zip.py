# enumerate and zip.
fruits = ['apple', 'banana', 'cherry']
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, 1):
    print(i, f)
for i, f in enumerate(fruits, start=-1):
    print(i, f)
print(list(enumerate('ab')), list(enumerate([], 5)))
prices = [1.5, 0.25, 3.0]
for name, price in zip(fruits, prices):
    print(name, price)
print(list(zip([1, 2, 3], 'abcd')), list(zip()), list(zip([1], [])))
print(list(zip(range(3), range(10, 13), 'xyz')))
total = 0
for a, b in zip([1, 2, 3], [4, 5, 6]):
    total += a * b
print(total)
pairs = list(zip(['k1', 'k2'], [10, 20]))
d = {}
for k, v in pairs:
    d[k] = v
print(pairs, d)
for idx, (a, b) in enumerate(zip('xy', 'XY')):
    print(idx, a, b)
