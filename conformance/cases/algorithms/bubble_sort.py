# Bubble sort and insertion sort with swap counts.
def bubble(items):
    a = items[:]
    swaps = 0
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps
def insertion(items):
    a = items[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
data = [64, 34, 25, 12, 22, 11, 90, 5, -3, 34]
print(bubble(data))
print(insertion(data))
print(bubble([]), bubble([1]), bubble([1, 2, 3]), bubble([3, 2, 1]))
print(bubble(['pear', 'apple', 'fig']))
print(insertion([2.5, -1.0, 2, 0]) == sorted([2.5, -1.0, 2, 0]))
