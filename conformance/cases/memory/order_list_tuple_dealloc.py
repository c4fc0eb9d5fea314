# A dying list or tuple releases its items last-to-first (list_dealloc, tupledealloc).
# refcount: same as CPython.
# pymalloc: nothing is released, so no 'free' lines print.
class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  free', self.name)

print('list')
lst = [Item('l0'), Item('l1'), Item('l2')]
del lst
print('tuple')
tup = (Item('t0'), Item('t1'), Item('t2'))
del tup
print('list after sort(reverse=True): positions decide, not creation')
lst = [Item('s' + c) for c in 'bca']
lst.sort(key=lambda i: i.name, reverse=True)
del lst
print('list after append and insert')
lst = [Item('mid')]
lst.append(Item('last'))
lst.insert(0, Item('first'))
lst = None
print('end')
