# A cycle through a list: the instance and the list are both unreachable and both counted.
# refcount: nothing is freed; collect() returns 0 and the node stays alive.
# pymalloc: same as refcount.
import gc

class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __del__(self):
        print('del', self.name)

gc.disable()
gc.collect()
root = Tree('root')
root.children.append(root)
del root
print('self-cycle through a list:', gc.collect())
parent = Tree('parent')
child = Tree('child')
parent.children.append(child)
child.children.append(parent)
del parent, child
print('parent/child through two lists:', gc.collect())
