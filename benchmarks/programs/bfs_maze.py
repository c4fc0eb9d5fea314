# cycles: none
# Graph search with collections.deque: carve a maze on a grid with a seeded random depth-first
# walk, then answer shortest-path queries by breadth-first search, and count connected regions of
# a random grid. deque append/popleft, tuples as keys, dict and set lookups.
import random
from collections import deque


def carve_maze(rng, width, height):
    # cells (x, y); open_edges[cell] = list of neighbours reachable from it
    open_edges = {(x, y): [] for x in range(width) for y in range(height)}
    stack = [(0, 0)]
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= x + dx < width and 0 <= y + dy < height and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        nxt = rng.choice(options)
        open_edges[(x, y)].append(nxt)
        open_edges[nxt].append((x, y))
        seen.add(nxt)
        stack.append(nxt)
    # a few extra openings make several routes
    for _ in range(width * height // 20):
        x, y = rng.randrange(width - 1), rng.randrange(height)
        a, b = (x, y), (x + 1, y)
        if b not in open_edges[a]:
            open_edges[a].append(b)
            open_edges[b].append(a)
    return open_edges


def bfs(graph, start, goal):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            return dist[cell]
        d = dist[cell] + 1
        for nxt in graph[cell]:
            if nxt not in dist:
                dist[nxt] = d
                queue.append(nxt)
    return -1


def regions(rng, width, height, density):
    grid = [[rng.random() < density for _ in range(width)] for _ in range(height)]
    seen = [[False] * width for _ in range(height)]
    sizes = []
    for y in range(height):
        for x in range(width):
            if grid[y][x] and not seen[y][x]:
                seen[y][x] = True
                queue = deque()
                queue.append((x, y))
                size = 0
                while queue:
                    cx, cy = queue.popleft()
                    size += 1
                    for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
                        if 0 <= nx < width and 0 <= ny < height and grid[ny][nx] and not seen[ny][nx]:
                            seen[ny][nx] = True
                            queue.append((nx, ny))
                sizes.append(size)
    return sizes


def main():
    rng = random.Random(7)
    width, height = 200, 150
    maze = carve_maze(rng, width, height)
    checksum = 0
    lengths = []
    for _ in range(80):
        a = (rng.randrange(width), rng.randrange(height))
        b = (rng.randrange(width), rng.randrange(height))
        length = bfs(maze, a, b)
        lengths.append(length)
        checksum = (checksum * 31 + length) % 1000000007
    print("path lengths", lengths[:10], "total", sum(lengths))
    sizes = regions(rng, 400, 300, 0.55)
    print("regions", len(sizes), "largest", max(sizes), "cells", sum(sizes))
    checksum = (checksum + len(sizes) * 7 + max(sizes)) % 1000000007
    print("checksum", checksum)


main()
