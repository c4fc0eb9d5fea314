import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(20, iter(nums)))
print(heapq.nlargest(3, iter(nums)), heapq.nsmallest(4, iter(nums)))
portfolio = [
    {'name': 'IBM', 'price': 91.1}, {'name': 'AAPL', 'price': 543.22},
    {'name': 'FB', 'price': 21.09}, {'name': 'HPQ', 'price': 31.75},
    {'name': 'YHOO', 'price': 16.35}, {'name': 'ACME', 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, iter(portfolio), key=lambda s: s['price'])])
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, iter(words), key=len))
print(heapq.nlargest(2, [], key=len), heapq.nsmallest(1, []))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, 'b'), (2, 'a')], [(1, 'a')])))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for i in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
