# A reference cycle is not freed by reference counting; gc.collect() finds it.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print('del', self.name)

gc.disable()
a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
del a, b
print('after del: nothing freed yet')
n = gc.collect()
print('collect() found', n)
print('second collect() found', gc.collect())
