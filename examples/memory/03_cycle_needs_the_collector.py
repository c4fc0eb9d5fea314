# A reference cycle keeps itself alive: reference counting alone never frees it.
#
#   ./pyarena examples/memory/03_cycle_needs_the_collector.py
#       the two __del__ lines appear inside gc.collect(), which reports 2 objects.
#   ./pyarena --gc refcount examples/memory/03_cycle_needs_the_collector.py
#       collect() returns 0 and the nodes are never freed: cycles leak without a collector.
#   ./pyarena --gc pymalloc examples/memory/03_cycle_needs_the_collector.py
#       nothing is ever freed.
#   Add --gc-trace (before the file) to see the collection itself.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print('freeing', self.name)


gc.disable()                  # no automatic collections: only the explicit one below
alice = Node('alice')
bob = Node('bob')
alice.partner = bob
bob.partner = alice           # alice <-> bob
del alice, bob                # both counts stay at 1: each holds the other
print('names deleted; nothing freed yet')
print('gc.collect() found', gc.collect(), 'unreachable objects')
