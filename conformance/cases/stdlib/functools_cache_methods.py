from functools import cache, lru_cache

@cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

print([collatz(i) for i in range(1, 15)])
print(collatz.cache_info().currsize > 0)

class Grid:
    def __init__(self, w):
        self.w = w
    @lru_cache(maxsize=16)
    def paths(self, x, y):
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)
    def __hash__(self):
        return self.w
    def __eq__(self, other):
        return self.w == other.w

g = Grid(5)
print(g.paths(5, 5), g.paths(10, 10))
print(Grid.paths.cache_info())
print(Grid.paths.__qualname__, Grid.paths.__doc__)

@cache
def add(*args, **kwargs):
    return sum(args) + sum(kwargs.values())
print(add(1, 2), add(1, 2), add(x=1), add(x=1), add.cache_info())
