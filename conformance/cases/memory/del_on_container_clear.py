# Clearing a container drops its references: list.clear, dict.pop, slice deletion.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('free', self.n)

items = [Item(i) for i in range(4)]
del items[1:3]
print('sliced')
items.clear()
print('cleared')
d = {'x': Item('x'), 'y': Item('y')}
d.pop('x')
print('popped')
d['y'] = None
print('replaced')
s = [Item('s1')]
s *= 0
print('multiplied by zero')
