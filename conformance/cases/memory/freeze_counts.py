# gc.freeze() moves every tracked object to the permanent generation; collect() ignores them.
import gc

class Node:
    def __del__(self):
        print('del', self.name)

gc.disable()
gc.collect()
a = Node()
a.name = 'frozen-cycle'
a.me = a
del a
gc.freeze()
print('frozen some:', gc.get_freeze_count() > 0)
print('collect while frozen:', gc.collect())
gc.unfreeze()
print('freeze count after unfreeze:', gc.get_freeze_count())
print('collect after unfreeze:', gc.collect())
