import heapq

h = []
for x in [5, 7, 9, 1, 3, 8, 2, 6, 4, 0]:
    heapq.heappush(h, x)
    print(h)
while h:
    print(heapq.heappop(h), h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 100), data)
print(heapq.heapreplace(data, 50), data)
print(heapq.heapreplace(data, -5), data)
print(heapq.heappushpop([], 3))
for f, a in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1))]:
    try:
        f(*a)
    except IndexError as e:
        print('IndexError:', e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print('TypeError:', e)
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'coffee'))
print(tasks)
print([heapq.heappop(tasks) for _ in range(4)])
