# Binary search over a sorted list.
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 1000, 7))
for t in [0, 7, 693, 994, 500, -1, 1000, 350]:
    print(t, binary_search(data, t))
words = sorted(['delta', 'alpha', 'echo', 'charlie', 'bravo', 'foxtrot'])
print(words)
for w in ['charlie', 'golf', 'alpha', 'aardvark']:
    print(w, binary_search(words, w))
