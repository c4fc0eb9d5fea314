import heapq
from collections import defaultdict

edges = [('a', 'b', 7), ('a', 'c', 9), ('a', 'f', 14), ('b', 'c', 10), ('b', 'd', 15),
         ('c', 'd', 11), ('c', 'f', 2), ('d', 'e', 6), ('e', 'f', 9)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    pops = []
    while pq:
        d, u = heapq.heappop(pq)
        pops.append(u)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev, pops

dist, prev, pops = dijkstra('a')
print(sorted(dist.items()))
print(pops)
node, path = 'e', []
while node != 'a':
    path.append(node)
    node = prev[node]
print(''.join(reversed(path + ['a'])))
