# gc.get_referents: lists and tuples report items last-to-first, str-keyed dicts values only, others value+key.
# refcount: same as CPython (get_referents does not depend on the backend).
# pymalloc: same as CPython.
import gc

print('list:', gc.get_referents(['a', 'b', 'c']))
print('tuple:', gc.get_referents(('x', 'y')))
print('str keys:', gc.get_referents({'k1': 'v1', 'k2': 'v2'}))
print('int keys:', gc.get_referents({1: 'one', 2: 'two'}))
print('two arguments:', gc.get_referents(['p'], ('q',)))
print('atoms have none:', gc.get_referents(42, 'text', 1.5, None))
nested = [[1], [2]]
print('only one level:', gc.get_referents(nested))
