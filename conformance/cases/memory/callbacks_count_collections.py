# A callback can measure what each collection of a workload finds, per generation.
# gc-torture: off (counts the collections it sees)
# refcount: every collection reports 0 collected.  pymalloc: same as refcount.
import gc

totals = {0: 0, 1: 0, 2: 0}
runs = {0: 0, 1: 0, 2: 0}

def account(phase, info):
    if phase == 'stop':
        runs[info['generation']] += 1
        totals[info['generation']] += info['collected']

class Node:
    pass

def garbage_ring(n):
    first = node = Node()
    for _ in range(n - 1):
        node.next = Node()
        node = node.next
    node.next = first

gc.disable()
gc.collect()
gc.callbacks.append(account)
garbage_ring(5)
gc.collect(0)
garbage_ring(3)
gc.collect(1)
garbage_ring(4)
gc.collect(2)
gc.callbacks.remove(account)
print('runs:', runs)
print('collected:', totals)
