# Return values: multiple, early, implicit None.
def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi
print(min_max([4, -2, 9, 0]))
lo, hi = min_max([1.5, 0.5])
print(lo, hi)
def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            return i
    return -1
print(find([5, 6, 7], 7), find([5, 6, 7], 8), find([], 1))
def no_return(x):
    x = x + 1
print(no_return(1))
def sign(n):
    if n > 0:
        return 'positive'
    elif n < 0:
        return 'negative'
    return 'zero'
print(sign(3), sign(-3), sign(0))
def loop_return():
    i = 0
    while True:
        i += 1
        if i * i > 50:
            return i
print(loop_return())
