# Exceptions raised inside comprehensions, generator expressions, lambdas and sort keys.
def inv(x):
    return 1 / x
try:
    print([inv(x) for x in [1, 2, 0, 4]])
except ZeroDivisionError as e:
    print('list comp:', e)
try:
    print({k: inv(k) for k in [4, 0]})
except ZeroDivisionError as e:
    print('dict comp:', e)
g = (inv(x) for x in [2, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('genexpr:', e)
try:
    sorted(['b', 'a', 3], key=lambda s: s.upper())
except AttributeError as e:
    print('sort key:', e)
try:
    list(map(int, ['1', 'two']))
except ValueError as e:
    print('map:', e)
try:
    max([])
except ValueError as e:
    print('max:', e)
try:
    min([], key=len)
except ValueError as e:
    print('min:', e)
print(max([], default='empty'))
results = []
for x in [1, 'a', 2]:
    try:
        results.append(x * 2 + 1)
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
