# Deeply nested data meets the recursion limit as a Python RecursionError, never a host stack
# overflow: repr of nested lists and dicts, comparison of nested lists, freeing a long chain.
# gc-torture: off (a collection per safepoint over 100,000 objects is too slow for CI)
nested = []
for i in range(20000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print('repr of nested lists:', e)

a = []
b = []
for i in range(20000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('comparison of nested lists:', e)

d = {}
for i in range(20000):
    d = {'d': d}
try:
    str(d)
except RecursionError as e:
    print('str of nested dicts:', e)


class Node:
    def __init__(self, nxt):
        self.next = nxt


head = None
for i in range(100000):
    head = Node(head)
print('built a chain of 100000 nodes')
head = None
print('freed it without overflowing the stack')
nested = a = b = d = None
print('done')
