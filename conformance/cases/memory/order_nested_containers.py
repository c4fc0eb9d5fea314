# Nested containers are torn down depth-first: each inner container empties before the next sibling.
# refcount: same as CPython.
# pymalloc: nothing is released.
class Leaf:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  free', self.name)

tree = [
    {'left': Leaf('a.left'), 'right': Leaf('a.right')},
    (Leaf('b0'), Leaf('b1')),
    [Leaf('c0'), [Leaf('c1.0'), Leaf('c1.1')]],
]
print('drop the tree')
tree = None
print('end')
