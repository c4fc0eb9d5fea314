# backend: generational
# Objects kept in a collections.deque, a defaultdict and a library module's namespace.
# Under --gc refcount: stdout "end\ndel in heapq\n", last stderr line ""
# Under --gc pymalloc: stdout "end\n", last stderr line ""
# Under --gc marksweep: stdout "end\ndel q1\ndel q0\ndel dd\ndel in heapq\ndel _y\n", last stderr line ""
# Under --gc incremental: stdout "end\ndel _y\ndel in heapq\ndel q0\ndel q1\ndel dd\n", last stderr line ""
# refcount: __main__'s namespace is a cycle and leaks; heapq, which it keeps alive, has its
# globals wiped at exit (finalize_modules_clear_weaklist). pymalloc frees nothing.
# incremental: its full collection lists young, then pending, then visited objects, so the order
# follows where the running scan stands at exit, which moves with the threshold.
from collections import deque, defaultdict
import heapq

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

q = deque()
q.append(A('q1'))
q.appendleft(A('q0'))
dd = defaultdict(list)
dd['k'].append(A('dd'))
heapq.stash = A('in heapq')
_y = A('_y')
print('end')
