"""A ~2,000-line program of everyday Python used to measure parse throughput.

The benchmark only parses it. It is valid CPython 3.11 (`python3 -m py_compile`) and runs:
sections of the same shop/algorithms code under different names, then main_Alpha().
"""

# ---------------------------------------------------------------- inventory section Alpha
"""Inventory, orders and reporting for a small shop (section Alpha)."""

import math
import random as rnd
from collections import defaultdict, namedtuple
from functools import reduce, wraps

TAX_RATE_Alpha = 0.2
CATEGORIES_Alpha = ("tools", "garden", 'kitchen', "toys", "books")
Point_Alpha = namedtuple("Point_Alpha", ["x", "y"])


def memoize_Alpha(fn):
    cache = {}

    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


class ValidationError_Alpha(Exception):
    """Raised when an item fails validation."""

    def __init__(self, field, message="invalid value"):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class Item_Alpha:
    __slots__ = ("sku", "name", "price", "quantity", "tags")

    def __init__(self, sku: str, name: str, price: float, quantity: int = 0, *, tags=None):
        if price < 0:
            raise ValidationError_Alpha("price", f"negative price {price!r}")
        self.sku = sku
        self.name = name
        self.price = price
        self.quantity = quantity
        self.tags = set(tags or ())

    def __repr__(self):
        return f"Item_Alpha({self.sku!r}, {self.name!r}, price={self.price:.2f}, qty={self.quantity})"

    def __eq__(self, other):
        if not isinstance(other, Item_Alpha):
            return NotImplemented
        return (self.sku, self.price) == (other.sku, other.price)

    def __hash__(self):
        return hash((self.sku, self.price))

    @property
    def total_value(self) -> float:
        return self.price * self.quantity

    @staticmethod
    def parse(line: str) -> "Item_Alpha":
        sku, name, price, qty, *rest = line.split(",")
        tags = [t.strip() for t in rest if t.strip()]
        return Item_Alpha(sku.strip(), name.strip(), float(price), int(qty), tags=tags)

    @classmethod
    def blank(cls, sku):
        return cls(sku, "", 0.0)


class Inventory_Alpha:
    def __init__(self, items=()):
        self._items = {}
        self._history = []
        for item in items:
            self.add(item)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda it: (it.name, it.sku))

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    def add(self, item, *, replace=False):
        if item.sku in self._items and not replace:
            existing = self._items[item.sku]
            existing.quantity += item.quantity
        else:
            self._items[item.sku] = item
        self._history.append(("add", item.sku, item.quantity))
        return self

    def remove(self, sku, quantity=1):
        item = self[sku]
        if quantity > item.quantity:
            raise ValueError("not enough stock: %s has %d" % (sku, item.quantity))
        item.quantity -= quantity
        if item.quantity == 0:
            del self._items[sku]
        self._history.append(("remove", sku, quantity))

    def by_tag(self):
        groups = defaultdict(list)
        for item in self:
            for tag in item.tags:
                groups[tag].append(item)
        return {tag: sorted(items, key=lambda i: -i.price) for tag, items in groups.items()}

    def total(self, tax=TAX_RATE_Alpha):
        subtotal = sum(item.total_value for item in self._items.values())
        return round(subtotal * (1 + tax), 2)

    def cheapest(self, n=3):
        return sorted(self._items.values(), key=lambda i: i.price)[:n]

    def report(self, width=40):
        lines = [f"{'Item':<{width - 12}}{'Value':>12}", "-" * width]
        for item in self:
            lines.append(f"{item.name[: width - 14]:<{width - 12}}{item.total_value:>12.2f}")
        lines.append("=" * width)
        lines.append(f"{'Total':<{width - 12}}{self.total():>12.2f}")
        return "\n".join(lines)


def load_items_Alpha(text):
    items = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            items.append(Item_Alpha.parse(line))
        except (ValueError, ValidationError_Alpha) as exc:
            print(f"line {lineno}: skipped ({exc})")
    return items


@memoize_Alpha
def fib_Alpha(n):
    if n < 2:
        return n
    return fib_Alpha(n - 1) + fib_Alpha(n - 2)


def primes_Alpha(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(math.sqrt(limit)) + 1):
        if sieve[i]:
            sieve[i * i :: i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def matrix_multiply_Alpha(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    assert all(len(row) == inner for row in a), "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def transpose_Alpha(m):
    return [list(col) for col in zip(*m)]


def word_frequencies_Alpha(text, *, ignore=frozenset({"the", "a", "an", "and"}), top=5):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?\"'()")
        if word and word not in ignore:
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return dict(ranked[:top])


def flatten_Alpha(nested):
    for element in nested:
        if isinstance(element, (list, tuple)):
            yield from flatten_Alpha(element)
        else:
            yield element


def running_mean_Alpha(values):
    total = 0.0
    count = 0
    result = []
    for v in values:
        total += v
        count += 1
        result.append(total / count)
    return result


def binary_search_Alpha(seq, target, lo=0, hi=None):
    hi = len(seq) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        elif seq[mid] > target:
            hi = mid
        else:
            return mid
    return -1


class Node_Alpha:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def insert(self, value):
        if value < self.value:
            if self.left is None:
                self.left = Node_Alpha(value)
            else:
                self.left.insert(value)
        else:
            if self.right is None:
                self.right = Node_Alpha(value)
            else:
                self.right.insert(value)

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0, self.right.depth() if self.right else 0)


class Shape_Alpha:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape_Alpha.registry[cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %.3f" % (type(self).__name__, self.area())


class Circle_Alpha(Shape_Alpha):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect_Alpha(Shape_Alpha):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __lt__(self, other):
        return self.area() < other.area()


def simulate_orders_Alpha(inventory, rounds=10, seed=42):
    rng = rnd.Random(seed)
    skus = [item.sku for item in inventory]
    log = []
    for round_no in range(rounds):
        if not skus:
            break
        sku = rng.choice(skus)
        qty = rng.randint(1, 3)
        try:
            inventory.remove(sku, qty)
        except ValueError as err:
            log.append((round_no, "failed", str(err)))
            continue
        except KeyError:
            skus.remove(sku)
            continue
        else:
            log.append((round_no, "ok", sku, qty))
        finally:
            pass
    return log


def stats_Alpha(values):
    n = len(values)
    if n == 0:
        return {"n": 0}
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1 if n > 1 else 1)
    ordered = sorted(values)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {"n": n, "mean": mean, "stdev": var ** 0.5, "median": median, "range": (ordered[0], ordered[-1])}


def counter_Alpha():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def pipeline_Alpha(data):
    squares = {x: x * x for x in data if x % 2 == 0}
    odds = {x for x in data if x & 1}
    pairs = [(a, b) for a in data[:4] for b in data[:4] if a != b]
    gen = (x ** 3 for x in data)
    total = reduce(lambda acc, v: acc + v, gen, 0)
    merged = {**squares, **{k: -k for k in odds}}
    first, *middle, last = data if len(data) >= 2 else (0, 0)
    flags = 0b1010 | 0o17 ^ 0xFF & ~0x0F << 2 >> 1
    big = 1_000_000 * 2.5e-3 + 3j.imag
    return squares, odds, pairs, total, merged, first, middle, last, flags, big


def text_tools_Alpha(s):
    table = str.maketrans("abc", "xyz")
    escaped = "tab\there\nnewline \\ backslash \x41\u00e9 \N{BULLET}"
    raw = r"C:\path\to\file" + R'\d+'
    data = b"bytes\x00\xff" + rb"\raw"
    multi = """A triple-quoted
    string spanning lines"""
    joined = "implicit " "concatenation " f"with {s!s:>10}" ' and more'
    return s.translate(table), escaped, raw, data, multi, joined


def control_flow_Alpha(n):
    result = []
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 15 == 0:
            result.append("FizzBuzz")
        elif i % 5 == 0:
            result.append("Buzz")
        elif i % 3 == 0:
            result.append("Fizz")
        else:
            result.append(str(i))
    else:
        result.append("never")
    for j in range(3):
        if j == 1:
            continue
        result.append(j)
    else:
        result.append("done")
    return result


def walrus_Alpha(values):
    if (n := len(values)) > 3:
        return [y for x in values if (y := x * 2) > 4], n
    return [], n


def matrix_ops_Alpha(grid):
    height = len(grid)
    width = len(grid[0]) if grid else 0
    neighbours = [
        (dy, dx)
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
        if (dy, dx) != (0, 0)
    ]
    out = [[0] * width for _ in range(height)]
    for y, row in enumerate(grid):
        for x, cell in enumerate(row):
            live = sum(
                1
                for dy, dx in neighbours
                if 0 <= y + dy < height and 0 <= x + dx < width and grid[y + dy][x + dx]
            )
            out[y][x] = 1 if (cell and live in (2, 3)) or (not cell and live == 3) else 0
    return out


class Matrix_Alpha:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        return Matrix_Alpha(matrix_multiply_Alpha(self.rows, other.rows))

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __str__(self):
        return "\n".join(" ".join(f"{v:4}" for v in row) for row in self.rows)


def context_demo_Alpha(path_like):
    class Managed:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            return False

    with Managed() as a, Managed() as b:
        pair = (a, b)
    with (Managed() as c,
          Managed() as d):
        pair = pair + (c, d)
    return len(pair), path_like


def main_Alpha():
    inv = Inventory_Alpha(load_items_Alpha("A1, hammer, 9.5, 3, tools\nB2, rake, 12.0, 1, garden\n# comment\n"))
    inv.add(Item_Alpha("C3", "pan", 20.0, 2, tags=["kitchen"]))
    print(inv.report())
    print(fib_Alpha(30), primes_Alpha(50)[-3:], stats_Alpha([1, 2, 3, 4]))
    tree = Node_Alpha(5)
    for v in (3, 8, 1, 4, 9):
        tree.insert(v)
    print(list(tree), tree.depth())
    shapes = [Circle_Alpha(1.0), Rect_Alpha(2, 3)]
    print(*[s.describe() for s in shapes], sep="\n")
    step = counter_Alpha()
    step(); step(by=5)
    global TAX_RATE_Alpha
    TAX_RATE_Alpha = TAX_RATE_Alpha if TAX_RATE_Alpha > 0 else 0.1
    x = y = z = 0
    x, y = y, x
    m = Matrix_Alpha([[1, 2], [3, 4]]) @ Matrix_Alpha([[5, 6], [7, 8]])
    m[0, 1] = -m[1, 0]
    del x, y
    assert z == 0, f"z was {z}"
    return m

# ---------------------------------------------------------------- inventory section Beta
"""Inventory, orders and reporting for a small shop (section Beta)."""

import math
import random as rnd
from collections import defaultdict, namedtuple
from functools import reduce, wraps

TAX_RATE_Beta = 0.2
CATEGORIES_Beta = ("tools", "garden", 'kitchen', "toys", "books")
Point_Beta = namedtuple("Point_Beta", ["x", "y"])


def memoize_Beta(fn):
    cache = {}

    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


class ValidationError_Beta(Exception):
    """Raised when an item fails validation."""

    def __init__(self, field, message="invalid value"):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class Item_Beta:
    __slots__ = ("sku", "name", "price", "quantity", "tags")

    def __init__(self, sku: str, name: str, price: float, quantity: int = 0, *, tags=None):
        if price < 0:
            raise ValidationError_Beta("price", f"negative price {price!r}")
        self.sku = sku
        self.name = name
        self.price = price
        self.quantity = quantity
        self.tags = set(tags or ())

    def __repr__(self):
        return f"Item_Beta({self.sku!r}, {self.name!r}, price={self.price:.2f}, qty={self.quantity})"

    def __eq__(self, other):
        if not isinstance(other, Item_Beta):
            return NotImplemented
        return (self.sku, self.price) == (other.sku, other.price)

    def __hash__(self):
        return hash((self.sku, self.price))

    @property
    def total_value(self) -> float:
        return self.price * self.quantity

    @staticmethod
    def parse(line: str) -> "Item_Beta":
        sku, name, price, qty, *rest = line.split(",")
        tags = [t.strip() for t in rest if t.strip()]
        return Item_Beta(sku.strip(), name.strip(), float(price), int(qty), tags=tags)

    @classmethod
    def blank(cls, sku):
        return cls(sku, "", 0.0)


class Inventory_Beta:
    def __init__(self, items=()):
        self._items = {}
        self._history = []
        for item in items:
            self.add(item)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda it: (it.name, it.sku))

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    def add(self, item, *, replace=False):
        if item.sku in self._items and not replace:
            existing = self._items[item.sku]
            existing.quantity += item.quantity
        else:
            self._items[item.sku] = item
        self._history.append(("add", item.sku, item.quantity))
        return self

    def remove(self, sku, quantity=1):
        item = self[sku]
        if quantity > item.quantity:
            raise ValueError("not enough stock: %s has %d" % (sku, item.quantity))
        item.quantity -= quantity
        if item.quantity == 0:
            del self._items[sku]
        self._history.append(("remove", sku, quantity))

    def by_tag(self):
        groups = defaultdict(list)
        for item in self:
            for tag in item.tags:
                groups[tag].append(item)
        return {tag: sorted(items, key=lambda i: -i.price) for tag, items in groups.items()}

    def total(self, tax=TAX_RATE_Beta):
        subtotal = sum(item.total_value for item in self._items.values())
        return round(subtotal * (1 + tax), 2)

    def cheapest(self, n=3):
        return sorted(self._items.values(), key=lambda i: i.price)[:n]

    def report(self, width=40):
        lines = [f"{'Item':<{width - 12}}{'Value':>12}", "-" * width]
        for item in self:
            lines.append(f"{item.name[: width - 14]:<{width - 12}}{item.total_value:>12.2f}")
        lines.append("=" * width)
        lines.append(f"{'Total':<{width - 12}}{self.total():>12.2f}")
        return "\n".join(lines)


def load_items_Beta(text):
    items = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            items.append(Item_Beta.parse(line))
        except (ValueError, ValidationError_Beta) as exc:
            print(f"line {lineno}: skipped ({exc})")
    return items


@memoize_Beta
def fib_Beta(n):
    if n < 2:
        return n
    return fib_Beta(n - 1) + fib_Beta(n - 2)


def primes_Beta(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(math.sqrt(limit)) + 1):
        if sieve[i]:
            sieve[i * i :: i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def matrix_multiply_Beta(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    assert all(len(row) == inner for row in a), "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def transpose_Beta(m):
    return [list(col) for col in zip(*m)]


def word_frequencies_Beta(text, *, ignore=frozenset({"the", "a", "an", "and"}), top=5):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?\"'()")
        if word and word not in ignore:
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return dict(ranked[:top])


def flatten_Beta(nested):
    for element in nested:
        if isinstance(element, (list, tuple)):
            yield from flatten_Beta(element)
        else:
            yield element


def running_mean_Beta(values):
    total = 0.0
    count = 0
    result = []
    for v in values:
        total += v
        count += 1
        result.append(total / count)
    return result


def binary_search_Beta(seq, target, lo=0, hi=None):
    hi = len(seq) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        elif seq[mid] > target:
            hi = mid
        else:
            return mid
    return -1


class Node_Beta:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def insert(self, value):
        if value < self.value:
            if self.left is None:
                self.left = Node_Beta(value)
            else:
                self.left.insert(value)
        else:
            if self.right is None:
                self.right = Node_Beta(value)
            else:
                self.right.insert(value)

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0, self.right.depth() if self.right else 0)


class Shape_Beta:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape_Beta.registry[cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %.3f" % (type(self).__name__, self.area())


class Circle_Beta(Shape_Beta):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect_Beta(Shape_Beta):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __lt__(self, other):
        return self.area() < other.area()


def simulate_orders_Beta(inventory, rounds=10, seed=42):
    rng = rnd.Random(seed)
    skus = [item.sku for item in inventory]
    log = []
    for round_no in range(rounds):
        if not skus:
            break
        sku = rng.choice(skus)
        qty = rng.randint(1, 3)
        try:
            inventory.remove(sku, qty)
        except ValueError as err:
            log.append((round_no, "failed", str(err)))
            continue
        except KeyError:
            skus.remove(sku)
            continue
        else:
            log.append((round_no, "ok", sku, qty))
        finally:
            pass
    return log


def stats_Beta(values):
    n = len(values)
    if n == 0:
        return {"n": 0}
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1 if n > 1 else 1)
    ordered = sorted(values)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {"n": n, "mean": mean, "stdev": var ** 0.5, "median": median, "range": (ordered[0], ordered[-1])}


def counter_Beta():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def pipeline_Beta(data):
    squares = {x: x * x for x in data if x % 2 == 0}
    odds = {x for x in data if x & 1}
    pairs = [(a, b) for a in data[:4] for b in data[:4] if a != b]
    gen = (x ** 3 for x in data)
    total = reduce(lambda acc, v: acc + v, gen, 0)
    merged = {**squares, **{k: -k for k in odds}}
    first, *middle, last = data if len(data) >= 2 else (0, 0)
    flags = 0b1010 | 0o17 ^ 0xFF & ~0x0F << 2 >> 1
    big = 1_000_000 * 2.5e-3 + 3j.imag
    return squares, odds, pairs, total, merged, first, middle, last, flags, big


def text_tools_Beta(s):
    table = str.maketrans("abc", "xyz")
    escaped = "tab\there\nnewline \\ backslash \x41\u00e9 \N{BULLET}"
    raw = r"C:\path\to\file" + R'\d+'
    data = b"bytes\x00\xff" + rb"\raw"
    multi = """A triple-quoted
    string spanning lines"""
    joined = "implicit " "concatenation " f"with {s!s:>10}" ' and more'
    return s.translate(table), escaped, raw, data, multi, joined


def control_flow_Beta(n):
    result = []
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 15 == 0:
            result.append("FizzBuzz")
        elif i % 5 == 0:
            result.append("Buzz")
        elif i % 3 == 0:
            result.append("Fizz")
        else:
            result.append(str(i))
    else:
        result.append("never")
    for j in range(3):
        if j == 1:
            continue
        result.append(j)
    else:
        result.append("done")
    return result


def walrus_Beta(values):
    if (n := len(values)) > 3:
        return [y for x in values if (y := x * 2) > 4], n
    return [], n


def matrix_ops_Beta(grid):
    height = len(grid)
    width = len(grid[0]) if grid else 0
    neighbours = [
        (dy, dx)
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
        if (dy, dx) != (0, 0)
    ]
    out = [[0] * width for _ in range(height)]
    for y, row in enumerate(grid):
        for x, cell in enumerate(row):
            live = sum(
                1
                for dy, dx in neighbours
                if 0 <= y + dy < height and 0 <= x + dx < width and grid[y + dy][x + dx]
            )
            out[y][x] = 1 if (cell and live in (2, 3)) or (not cell and live == 3) else 0
    return out


class Matrix_Beta:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        return Matrix_Beta(matrix_multiply_Beta(self.rows, other.rows))

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __str__(self):
        return "\n".join(" ".join(f"{v:4}" for v in row) for row in self.rows)


def context_demo_Beta(path_like):
    class Managed:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            return False

    with Managed() as a, Managed() as b:
        pair = (a, b)
    with (Managed() as c,
          Managed() as d):
        pair = pair + (c, d)
    return len(pair), path_like


def main_Beta():
    inv = Inventory_Beta(load_items_Beta("A1, hammer, 9.5, 3, tools\nB2, rake, 12.0, 1, garden\n# comment\n"))
    inv.add(Item_Beta("C3", "pan", 20.0, 2, tags=["kitchen"]))
    print(inv.report())
    print(fib_Beta(30), primes_Beta(50)[-3:], stats_Beta([1, 2, 3, 4]))
    tree = Node_Beta(5)
    for v in (3, 8, 1, 4, 9):
        tree.insert(v)
    print(list(tree), tree.depth())
    shapes = [Circle_Beta(1.0), Rect_Beta(2, 3)]
    print(*[s.describe() for s in shapes], sep="\n")
    step = counter_Beta()
    step(); step(by=5)
    global TAX_RATE_Beta
    TAX_RATE_Beta = TAX_RATE_Beta if TAX_RATE_Beta > 0 else 0.1
    x = y = z = 0
    x, y = y, x
    m = Matrix_Beta([[1, 2], [3, 4]]) @ Matrix_Beta([[5, 6], [7, 8]])
    m[0, 1] = -m[1, 0]
    del x, y
    assert z == 0, f"z was {z}"
    return m

# ---------------------------------------------------------------- inventory section Gamma
"""Inventory, orders and reporting for a small shop (section Gamma)."""

import math
import random as rnd
from collections import defaultdict, namedtuple
from functools import reduce, wraps

TAX_RATE_Gamma = 0.2
CATEGORIES_Gamma = ("tools", "garden", 'kitchen', "toys", "books")
Point_Gamma = namedtuple("Point_Gamma", ["x", "y"])


def memoize_Gamma(fn):
    cache = {}

    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


class ValidationError_Gamma(Exception):
    """Raised when an item fails validation."""

    def __init__(self, field, message="invalid value"):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class Item_Gamma:
    __slots__ = ("sku", "name", "price", "quantity", "tags")

    def __init__(self, sku: str, name: str, price: float, quantity: int = 0, *, tags=None):
        if price < 0:
            raise ValidationError_Gamma("price", f"negative price {price!r}")
        self.sku = sku
        self.name = name
        self.price = price
        self.quantity = quantity
        self.tags = set(tags or ())

    def __repr__(self):
        return f"Item_Gamma({self.sku!r}, {self.name!r}, price={self.price:.2f}, qty={self.quantity})"

    def __eq__(self, other):
        if not isinstance(other, Item_Gamma):
            return NotImplemented
        return (self.sku, self.price) == (other.sku, other.price)

    def __hash__(self):
        return hash((self.sku, self.price))

    @property
    def total_value(self) -> float:
        return self.price * self.quantity

    @staticmethod
    def parse(line: str) -> "Item_Gamma":
        sku, name, price, qty, *rest = line.split(",")
        tags = [t.strip() for t in rest if t.strip()]
        return Item_Gamma(sku.strip(), name.strip(), float(price), int(qty), tags=tags)

    @classmethod
    def blank(cls, sku):
        return cls(sku, "", 0.0)


class Inventory_Gamma:
    def __init__(self, items=()):
        self._items = {}
        self._history = []
        for item in items:
            self.add(item)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda it: (it.name, it.sku))

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    def add(self, item, *, replace=False):
        if item.sku in self._items and not replace:
            existing = self._items[item.sku]
            existing.quantity += item.quantity
        else:
            self._items[item.sku] = item
        self._history.append(("add", item.sku, item.quantity))
        return self

    def remove(self, sku, quantity=1):
        item = self[sku]
        if quantity > item.quantity:
            raise ValueError("not enough stock: %s has %d" % (sku, item.quantity))
        item.quantity -= quantity
        if item.quantity == 0:
            del self._items[sku]
        self._history.append(("remove", sku, quantity))

    def by_tag(self):
        groups = defaultdict(list)
        for item in self:
            for tag in item.tags:
                groups[tag].append(item)
        return {tag: sorted(items, key=lambda i: -i.price) for tag, items in groups.items()}

    def total(self, tax=TAX_RATE_Gamma):
        subtotal = sum(item.total_value for item in self._items.values())
        return round(subtotal * (1 + tax), 2)

    def cheapest(self, n=3):
        return sorted(self._items.values(), key=lambda i: i.price)[:n]

    def report(self, width=40):
        lines = [f"{'Item':<{width - 12}}{'Value':>12}", "-" * width]
        for item in self:
            lines.append(f"{item.name[: width - 14]:<{width - 12}}{item.total_value:>12.2f}")
        lines.append("=" * width)
        lines.append(f"{'Total':<{width - 12}}{self.total():>12.2f}")
        return "\n".join(lines)


def load_items_Gamma(text):
    items = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            items.append(Item_Gamma.parse(line))
        except (ValueError, ValidationError_Gamma) as exc:
            print(f"line {lineno}: skipped ({exc})")
    return items


@memoize_Gamma
def fib_Gamma(n):
    if n < 2:
        return n
    return fib_Gamma(n - 1) + fib_Gamma(n - 2)


def primes_Gamma(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(math.sqrt(limit)) + 1):
        if sieve[i]:
            sieve[i * i :: i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def matrix_multiply_Gamma(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    assert all(len(row) == inner for row in a), "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def transpose_Gamma(m):
    return [list(col) for col in zip(*m)]


def word_frequencies_Gamma(text, *, ignore=frozenset({"the", "a", "an", "and"}), top=5):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?\"'()")
        if word and word not in ignore:
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return dict(ranked[:top])


def flatten_Gamma(nested):
    for element in nested:
        if isinstance(element, (list, tuple)):
            yield from flatten_Gamma(element)
        else:
            yield element


def running_mean_Gamma(values):
    total = 0.0
    count = 0
    result = []
    for v in values:
        total += v
        count += 1
        result.append(total / count)
    return result


def binary_search_Gamma(seq, target, lo=0, hi=None):
    hi = len(seq) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        elif seq[mid] > target:
            hi = mid
        else:
            return mid
    return -1


class Node_Gamma:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def insert(self, value):
        if value < self.value:
            if self.left is None:
                self.left = Node_Gamma(value)
            else:
                self.left.insert(value)
        else:
            if self.right is None:
                self.right = Node_Gamma(value)
            else:
                self.right.insert(value)

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0, self.right.depth() if self.right else 0)


class Shape_Gamma:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape_Gamma.registry[cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %.3f" % (type(self).__name__, self.area())


class Circle_Gamma(Shape_Gamma):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect_Gamma(Shape_Gamma):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __lt__(self, other):
        return self.area() < other.area()


def simulate_orders_Gamma(inventory, rounds=10, seed=42):
    rng = rnd.Random(seed)
    skus = [item.sku for item in inventory]
    log = []
    for round_no in range(rounds):
        if not skus:
            break
        sku = rng.choice(skus)
        qty = rng.randint(1, 3)
        try:
            inventory.remove(sku, qty)
        except ValueError as err:
            log.append((round_no, "failed", str(err)))
            continue
        except KeyError:
            skus.remove(sku)
            continue
        else:
            log.append((round_no, "ok", sku, qty))
        finally:
            pass
    return log


def stats_Gamma(values):
    n = len(values)
    if n == 0:
        return {"n": 0}
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1 if n > 1 else 1)
    ordered = sorted(values)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {"n": n, "mean": mean, "stdev": var ** 0.5, "median": median, "range": (ordered[0], ordered[-1])}


def counter_Gamma():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def pipeline_Gamma(data):
    squares = {x: x * x for x in data if x % 2 == 0}
    odds = {x for x in data if x & 1}
    pairs = [(a, b) for a in data[:4] for b in data[:4] if a != b]
    gen = (x ** 3 for x in data)
    total = reduce(lambda acc, v: acc + v, gen, 0)
    merged = {**squares, **{k: -k for k in odds}}
    first, *middle, last = data if len(data) >= 2 else (0, 0)
    flags = 0b1010 | 0o17 ^ 0xFF & ~0x0F << 2 >> 1
    big = 1_000_000 * 2.5e-3 + 3j.imag
    return squares, odds, pairs, total, merged, first, middle, last, flags, big


def text_tools_Gamma(s):
    table = str.maketrans("abc", "xyz")
    escaped = "tab\there\nnewline \\ backslash \x41\u00e9 \N{BULLET}"
    raw = r"C:\path\to\file" + R'\d+'
    data = b"bytes\x00\xff" + rb"\raw"
    multi = """A triple-quoted
    string spanning lines"""
    joined = "implicit " "concatenation " f"with {s!s:>10}" ' and more'
    return s.translate(table), escaped, raw, data, multi, joined


def control_flow_Gamma(n):
    result = []
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 15 == 0:
            result.append("FizzBuzz")
        elif i % 5 == 0:
            result.append("Buzz")
        elif i % 3 == 0:
            result.append("Fizz")
        else:
            result.append(str(i))
    else:
        result.append("never")
    for j in range(3):
        if j == 1:
            continue
        result.append(j)
    else:
        result.append("done")
    return result


def walrus_Gamma(values):
    if (n := len(values)) > 3:
        return [y for x in values if (y := x * 2) > 4], n
    return [], n


def matrix_ops_Gamma(grid):
    height = len(grid)
    width = len(grid[0]) if grid else 0
    neighbours = [
        (dy, dx)
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
        if (dy, dx) != (0, 0)
    ]
    out = [[0] * width for _ in range(height)]
    for y, row in enumerate(grid):
        for x, cell in enumerate(row):
            live = sum(
                1
                for dy, dx in neighbours
                if 0 <= y + dy < height and 0 <= x + dx < width and grid[y + dy][x + dx]
            )
            out[y][x] = 1 if (cell and live in (2, 3)) or (not cell and live == 3) else 0
    return out


class Matrix_Gamma:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        return Matrix_Gamma(matrix_multiply_Gamma(self.rows, other.rows))

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __str__(self):
        return "\n".join(" ".join(f"{v:4}" for v in row) for row in self.rows)


def context_demo_Gamma(path_like):
    class Managed:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            return False

    with Managed() as a, Managed() as b:
        pair = (a, b)
    with (Managed() as c,
          Managed() as d):
        pair = pair + (c, d)
    return len(pair), path_like


def main_Gamma():
    inv = Inventory_Gamma(load_items_Gamma("A1, hammer, 9.5, 3, tools\nB2, rake, 12.0, 1, garden\n# comment\n"))
    inv.add(Item_Gamma("C3", "pan", 20.0, 2, tags=["kitchen"]))
    print(inv.report())
    print(fib_Gamma(30), primes_Gamma(50)[-3:], stats_Gamma([1, 2, 3, 4]))
    tree = Node_Gamma(5)
    for v in (3, 8, 1, 4, 9):
        tree.insert(v)
    print(list(tree), tree.depth())
    shapes = [Circle_Gamma(1.0), Rect_Gamma(2, 3)]
    print(*[s.describe() for s in shapes], sep="\n")
    step = counter_Gamma()
    step(); step(by=5)
    global TAX_RATE_Gamma
    TAX_RATE_Gamma = TAX_RATE_Gamma if TAX_RATE_Gamma > 0 else 0.1
    x = y = z = 0
    x, y = y, x
    m = Matrix_Gamma([[1, 2], [3, 4]]) @ Matrix_Gamma([[5, 6], [7, 8]])
    m[0, 1] = -m[1, 0]
    del x, y
    assert z == 0, f"z was {z}"
    return m

# ---------------------------------------------------------------- inventory section Delta
"""Inventory, orders and reporting for a small shop (section Delta)."""

import math
import random as rnd
from collections import defaultdict, namedtuple
from functools import reduce, wraps

TAX_RATE_Delta = 0.2
CATEGORIES_Delta = ("tools", "garden", 'kitchen', "toys", "books")
Point_Delta = namedtuple("Point_Delta", ["x", "y"])


def memoize_Delta(fn):
    cache = {}

    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


class ValidationError_Delta(Exception):
    """Raised when an item fails validation."""

    def __init__(self, field, message="invalid value"):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class Item_Delta:
    __slots__ = ("sku", "name", "price", "quantity", "tags")

    def __init__(self, sku: str, name: str, price: float, quantity: int = 0, *, tags=None):
        if price < 0:
            raise ValidationError_Delta("price", f"negative price {price!r}")
        self.sku = sku
        self.name = name
        self.price = price
        self.quantity = quantity
        self.tags = set(tags or ())

    def __repr__(self):
        return f"Item_Delta({self.sku!r}, {self.name!r}, price={self.price:.2f}, qty={self.quantity})"

    def __eq__(self, other):
        if not isinstance(other, Item_Delta):
            return NotImplemented
        return (self.sku, self.price) == (other.sku, other.price)

    def __hash__(self):
        return hash((self.sku, self.price))

    @property
    def total_value(self) -> float:
        return self.price * self.quantity

    @staticmethod
    def parse(line: str) -> "Item_Delta":
        sku, name, price, qty, *rest = line.split(",")
        tags = [t.strip() for t in rest if t.strip()]
        return Item_Delta(sku.strip(), name.strip(), float(price), int(qty), tags=tags)

    @classmethod
    def blank(cls, sku):
        return cls(sku, "", 0.0)


class Inventory_Delta:
    def __init__(self, items=()):
        self._items = {}
        self._history = []
        for item in items:
            self.add(item)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda it: (it.name, it.sku))

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    def add(self, item, *, replace=False):
        if item.sku in self._items and not replace:
            existing = self._items[item.sku]
            existing.quantity += item.quantity
        else:
            self._items[item.sku] = item
        self._history.append(("add", item.sku, item.quantity))
        return self

    def remove(self, sku, quantity=1):
        item = self[sku]
        if quantity > item.quantity:
            raise ValueError("not enough stock: %s has %d" % (sku, item.quantity))
        item.quantity -= quantity
        if item.quantity == 0:
            del self._items[sku]
        self._history.append(("remove", sku, quantity))

    def by_tag(self):
        groups = defaultdict(list)
        for item in self:
            for tag in item.tags:
                groups[tag].append(item)
        return {tag: sorted(items, key=lambda i: -i.price) for tag, items in groups.items()}

    def total(self, tax=TAX_RATE_Delta):
        subtotal = sum(item.total_value for item in self._items.values())
        return round(subtotal * (1 + tax), 2)

    def cheapest(self, n=3):
        return sorted(self._items.values(), key=lambda i: i.price)[:n]

    def report(self, width=40):
        lines = [f"{'Item':<{width - 12}}{'Value':>12}", "-" * width]
        for item in self:
            lines.append(f"{item.name[: width - 14]:<{width - 12}}{item.total_value:>12.2f}")
        lines.append("=" * width)
        lines.append(f"{'Total':<{width - 12}}{self.total():>12.2f}")
        return "\n".join(lines)


def load_items_Delta(text):
    items = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            items.append(Item_Delta.parse(line))
        except (ValueError, ValidationError_Delta) as exc:
            print(f"line {lineno}: skipped ({exc})")
    return items


@memoize_Delta
def fib_Delta(n):
    if n < 2:
        return n
    return fib_Delta(n - 1) + fib_Delta(n - 2)


def primes_Delta(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(math.sqrt(limit)) + 1):
        if sieve[i]:
            sieve[i * i :: i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def matrix_multiply_Delta(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    assert all(len(row) == inner for row in a), "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def transpose_Delta(m):
    return [list(col) for col in zip(*m)]


def word_frequencies_Delta(text, *, ignore=frozenset({"the", "a", "an", "and"}), top=5):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?\"'()")
        if word and word not in ignore:
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return dict(ranked[:top])


def flatten_Delta(nested):
    for element in nested:
        if isinstance(element, (list, tuple)):
            yield from flatten_Delta(element)
        else:
            yield element


def running_mean_Delta(values):
    total = 0.0
    count = 0
    result = []
    for v in values:
        total += v
        count += 1
        result.append(total / count)
    return result


def binary_search_Delta(seq, target, lo=0, hi=None):
    hi = len(seq) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        elif seq[mid] > target:
            hi = mid
        else:
            return mid
    return -1


class Node_Delta:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def insert(self, value):
        if value < self.value:
            if self.left is None:
                self.left = Node_Delta(value)
            else:
                self.left.insert(value)
        else:
            if self.right is None:
                self.right = Node_Delta(value)
            else:
                self.right.insert(value)

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0, self.right.depth() if self.right else 0)


class Shape_Delta:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape_Delta.registry[cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %.3f" % (type(self).__name__, self.area())


class Circle_Delta(Shape_Delta):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect_Delta(Shape_Delta):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __lt__(self, other):
        return self.area() < other.area()


def simulate_orders_Delta(inventory, rounds=10, seed=42):
    rng = rnd.Random(seed)
    skus = [item.sku for item in inventory]
    log = []
    for round_no in range(rounds):
        if not skus:
            break
        sku = rng.choice(skus)
        qty = rng.randint(1, 3)
        try:
            inventory.remove(sku, qty)
        except ValueError as err:
            log.append((round_no, "failed", str(err)))
            continue
        except KeyError:
            skus.remove(sku)
            continue
        else:
            log.append((round_no, "ok", sku, qty))
        finally:
            pass
    return log


def stats_Delta(values):
    n = len(values)
    if n == 0:
        return {"n": 0}
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1 if n > 1 else 1)
    ordered = sorted(values)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {"n": n, "mean": mean, "stdev": var ** 0.5, "median": median, "range": (ordered[0], ordered[-1])}


def counter_Delta():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def pipeline_Delta(data):
    squares = {x: x * x for x in data if x % 2 == 0}
    odds = {x for x in data if x & 1}
    pairs = [(a, b) for a in data[:4] for b in data[:4] if a != b]
    gen = (x ** 3 for x in data)
    total = reduce(lambda acc, v: acc + v, gen, 0)
    merged = {**squares, **{k: -k for k in odds}}
    first, *middle, last = data if len(data) >= 2 else (0, 0)
    flags = 0b1010 | 0o17 ^ 0xFF & ~0x0F << 2 >> 1
    big = 1_000_000 * 2.5e-3 + 3j.imag
    return squares, odds, pairs, total, merged, first, middle, last, flags, big


def text_tools_Delta(s):
    table = str.maketrans("abc", "xyz")
    escaped = "tab\there\nnewline \\ backslash \x41\u00e9 \N{BULLET}"
    raw = r"C:\path\to\file" + R'\d+'
    data = b"bytes\x00\xff" + rb"\raw"
    multi = """A triple-quoted
    string spanning lines"""
    joined = "implicit " "concatenation " f"with {s!s:>10}" ' and more'
    return s.translate(table), escaped, raw, data, multi, joined


def control_flow_Delta(n):
    result = []
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 15 == 0:
            result.append("FizzBuzz")
        elif i % 5 == 0:
            result.append("Buzz")
        elif i % 3 == 0:
            result.append("Fizz")
        else:
            result.append(str(i))
    else:
        result.append("never")
    for j in range(3):
        if j == 1:
            continue
        result.append(j)
    else:
        result.append("done")
    return result


def walrus_Delta(values):
    if (n := len(values)) > 3:
        return [y for x in values if (y := x * 2) > 4], n
    return [], n


def matrix_ops_Delta(grid):
    height = len(grid)
    width = len(grid[0]) if grid else 0
    neighbours = [
        (dy, dx)
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
        if (dy, dx) != (0, 0)
    ]
    out = [[0] * width for _ in range(height)]
    for y, row in enumerate(grid):
        for x, cell in enumerate(row):
            live = sum(
                1
                for dy, dx in neighbours
                if 0 <= y + dy < height and 0 <= x + dx < width and grid[y + dy][x + dx]
            )
            out[y][x] = 1 if (cell and live in (2, 3)) or (not cell and live == 3) else 0
    return out


class Matrix_Delta:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        return Matrix_Delta(matrix_multiply_Delta(self.rows, other.rows))

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __str__(self):
        return "\n".join(" ".join(f"{v:4}" for v in row) for row in self.rows)


def context_demo_Delta(path_like):
    class Managed:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            return False

    with Managed() as a, Managed() as b:
        pair = (a, b)
    with (Managed() as c,
          Managed() as d):
        pair = pair + (c, d)
    return len(pair), path_like


def main_Delta():
    inv = Inventory_Delta(load_items_Delta("A1, hammer, 9.5, 3, tools\nB2, rake, 12.0, 1, garden\n# comment\n"))
    inv.add(Item_Delta("C3", "pan", 20.0, 2, tags=["kitchen"]))
    print(inv.report())
    print(fib_Delta(30), primes_Delta(50)[-3:], stats_Delta([1, 2, 3, 4]))
    tree = Node_Delta(5)
    for v in (3, 8, 1, 4, 9):
        tree.insert(v)
    print(list(tree), tree.depth())
    shapes = [Circle_Delta(1.0), Rect_Delta(2, 3)]
    print(*[s.describe() for s in shapes], sep="\n")
    step = counter_Delta()
    step(); step(by=5)
    global TAX_RATE_Delta
    TAX_RATE_Delta = TAX_RATE_Delta if TAX_RATE_Delta > 0 else 0.1
    x = y = z = 0
    x, y = y, x
    m = Matrix_Delta([[1, 2], [3, 4]]) @ Matrix_Delta([[5, 6], [7, 8]])
    m[0, 1] = -m[1, 0]
    del x, y
    assert z == 0, f"z was {z}"
    return m

# ---------------------------------------------------------------- inventory section Eta
"""Inventory, orders and reporting for a small shop (section Eta)."""

import math
import random as rnd
from collections import defaultdict, namedtuple
from functools import reduce, wraps

TAX_RATE_Eta = 0.2
CATEGORIES_Eta = ("tools", "garden", 'kitchen', "toys", "books")
Point_Eta = namedtuple("Point_Eta", ["x", "y"])


def memoize_Eta(fn):
    cache = {}

    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


class ValidationError_Eta(Exception):
    """Raised when an item fails validation."""

    def __init__(self, field, message="invalid value"):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class Item_Eta:
    __slots__ = ("sku", "name", "price", "quantity", "tags")

    def __init__(self, sku: str, name: str, price: float, quantity: int = 0, *, tags=None):
        if price < 0:
            raise ValidationError_Eta("price", f"negative price {price!r}")
        self.sku = sku
        self.name = name
        self.price = price
        self.quantity = quantity
        self.tags = set(tags or ())

    def __repr__(self):
        return f"Item_Eta({self.sku!r}, {self.name!r}, price={self.price:.2f}, qty={self.quantity})"

    def __eq__(self, other):
        if not isinstance(other, Item_Eta):
            return NotImplemented
        return (self.sku, self.price) == (other.sku, other.price)

    def __hash__(self):
        return hash((self.sku, self.price))

    @property
    def total_value(self) -> float:
        return self.price * self.quantity

    @staticmethod
    def parse(line: str) -> "Item_Eta":
        sku, name, price, qty, *rest = line.split(",")
        tags = [t.strip() for t in rest if t.strip()]
        return Item_Eta(sku.strip(), name.strip(), float(price), int(qty), tags=tags)

    @classmethod
    def blank(cls, sku):
        return cls(sku, "", 0.0)


class Inventory_Eta:
    def __init__(self, items=()):
        self._items = {}
        self._history = []
        for item in items:
            self.add(item)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda it: (it.name, it.sku))

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    def add(self, item, *, replace=False):
        if item.sku in self._items and not replace:
            existing = self._items[item.sku]
            existing.quantity += item.quantity
        else:
            self._items[item.sku] = item
        self._history.append(("add", item.sku, item.quantity))
        return self

    def remove(self, sku, quantity=1):
        item = self[sku]
        if quantity > item.quantity:
            raise ValueError("not enough stock: %s has %d" % (sku, item.quantity))
        item.quantity -= quantity
        if item.quantity == 0:
            del self._items[sku]
        self._history.append(("remove", sku, quantity))

    def by_tag(self):
        groups = defaultdict(list)
        for item in self:
            for tag in item.tags:
                groups[tag].append(item)
        return {tag: sorted(items, key=lambda i: -i.price) for tag, items in groups.items()}

    def total(self, tax=TAX_RATE_Eta):
        subtotal = sum(item.total_value for item in self._items.values())
        return round(subtotal * (1 + tax), 2)

    def cheapest(self, n=3):
        return sorted(self._items.values(), key=lambda i: i.price)[:n]

    def report(self, width=40):
        lines = [f"{'Item':<{width - 12}}{'Value':>12}", "-" * width]
        for item in self:
            lines.append(f"{item.name[: width - 14]:<{width - 12}}{item.total_value:>12.2f}")
        lines.append("=" * width)
        lines.append(f"{'Total':<{width - 12}}{self.total():>12.2f}")
        return "\n".join(lines)


def load_items_Eta(text):
    items = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            items.append(Item_Eta.parse(line))
        except (ValueError, ValidationError_Eta) as exc:
            print(f"line {lineno}: skipped ({exc})")
    return items


@memoize_Eta
def fib_Eta(n):
    if n < 2:
        return n
    return fib_Eta(n - 1) + fib_Eta(n - 2)


def primes_Eta(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(math.sqrt(limit)) + 1):
        if sieve[i]:
            sieve[i * i :: i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def matrix_multiply_Eta(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    assert all(len(row) == inner for row in a), "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def transpose_Eta(m):
    return [list(col) for col in zip(*m)]



if __name__ == "__main__":
    main_Alpha()
