# tracemalloc: the unit and digit rules of size formatting (B, KiB, MiB, ... with and without sign)
import tracemalloc
from tracemalloc import Statistic, StatisticDiff, Traceback

sizes = [0, 1, 99, 100, 999, 1023, 1024, 1536, 10239, 10240, 10752, 102399, 102400, 1048575,
         1048576, 10 * 1024 ** 2 - 1, 10 * 1024 ** 2, 123456789, 5 * 1024 ** 3, 3 * 1024 ** 4,
         500 * 1024 ** 5, 0.4, 0.5, 1.5, 2.5, 341.333, 99.95 * 1024]
for size in sizes:
    print(size, '|', tracemalloc._format_size(size, False), '|', tracemalloc._format_size(size, True),
          '|', tracemalloc._format_size(-size, True), '|', tracemalloc._format_size(-size, False))

tb = Traceback((('prog.py', 12),))
for size, count in [(1024, 3), (0, 0), (1, 1), (10 * 1024, 7), (2 ** 20 + 1, 1), (12345678, 999)]:
    print(Statistic(tb, size, count))
for size, diff, count, cdiff in [(1024, 1024, 3, 3), (0, -4096, 0, -2), (5000, 0, 5, 0),
                                 (20480, -10240, 10, -5), (3 * 2 ** 30, 2 ** 30, 3, 1)]:
    print(StatisticDiff(tb, size, diff, count, cdiff))
