# Conway's game of life on a small torus.
def step(grid):
    h = len(grid)
    w = len(grid[0])
    new = []
    for r in range(h):
        row = []
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr != 0 or dc != 0:
                        n += grid[(r + dr) % h][(c + dc) % w]
            alive = grid[r][c] == 1
            row.append(1 if (alive and (n == 2 or n == 3)) or (not alive and n == 3) else 0)
        new.append(row)
    return new
def show(grid):
    for row in grid:
        line = ''
        for v in row:
            line += '#' if v else '.'
        print(line)
    print()
g = []
for i in range(6):
    g.append([0] * 8)
g[0][1] = 1
g[1][2] = 1
g[2][0] = 1
g[2][1] = 1
g[2][2] = 1
for gen in range(4):
    show(g)
    g = step(g)
total = 0
for row in g:
    total += sum(row)
print(total)
