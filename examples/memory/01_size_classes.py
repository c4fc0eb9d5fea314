# Size classes, pools and arenas: small objects come from pools of one size class.
#
#   ./pyarena --stats examples/memory/01_size_classes.py
#       (pyarena's flags go before the file; what follows it is the program's sys.argv)
#   Look at "blocks in use per size class": ints, floats and short strs share the small
#   classes (32, 48 bytes...); the 10,000 tuples of 5 items (80 bytes) fill the 80-byte class.
#   Under --gc pymalloc nothing is returned, so the peak equals the final heap; under refcount
#   and generational the dropped tuples go back to their pools (and tuple free lists).
import sys

samples = [7, 2 ** 70, 3.25, 'abc', 'a' * 40, (1, 2), (1, 2, 3, 4, 5), [], {}]
for obj in samples:
    print(f'{type(obj).__name__:6} {sys.getsizeof(obj):4} bytes  {obj!r:.30}')

# 10,000 five-item tuples: 40 + 5 * 8 = 80 bytes each, one size class.
keep = [(i, i + 1, i + 2, i + 3, i + 4) for i in range(10_000)]
print('kept', len(keep), 'tuples of', sys.getsizeof(keep[0]), 'bytes')
del keep
print('dropped them: their blocks return to the pools (except under pymalloc)')
