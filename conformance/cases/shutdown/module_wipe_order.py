# backend: generational, refcount, incremental
# A module still alive after the collection at exit (here sys keeps it) has its namespace wiped
# by _PyModule_ClearDict: names with one leading underscore first, then the others, in order.
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\n", last stderr line ""
# (pymalloc frees nothing. refcount prints what CPython does: heapq is wiped under every backend,
# and 'global' never prints: CPython finalizes it only once sys.stdout is gone, refcount leaks it.)
import sys
import heapq

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

heapq.b = A('heapq.b')
heapq._a = A('heapq._a')
heapq.c = A('heapq.c')
heapq.__d = A('heapq.__d')
sys.keep = heapq
g = A('global')
print('end')
