# Recursive merge sort and a quicksort with list slicing.
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]
def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[0]
    less = []
    more = []
    for x in a[1:]:
        if x < pivot:
            less.append(x)
        else:
            more.append(x)
    return quicksort(less) + [pivot] + quicksort(more)
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27]
print(merge_sort(data), quicksort(data), data)
words = 'the quick brown fox jumps over the lazy dog'.split()
print(merge_sort(words))
print(quicksort(words) == sorted(words))
