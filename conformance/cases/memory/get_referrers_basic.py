# gc.get_referrers finds the tracked containers that refer to an object (filtered here to our own).
# refcount: same as CPython (every container stays tracked).
# pymalloc: same as CPython.
import gc

class Target:
    pass

class Holder:
    def __init__(self, t):
        self.t = t

gc.disable()
t = Target()
box = [t]
pair = (t, 1)
table = {'t': t}
holder = Holder(t)
mine = {id(box): 'list', id(pair): 'tuple', id(table): 'dict', id(holder): 'Holder'}
found = sorted(mine[id(r)] for r in gc.get_referrers(t) if id(r) in mine)
print('referrers:', found)
del box[:]
table.clear()
found = sorted(mine[id(r)] for r in gc.get_referrers(t) if id(r) in mine)
print('after emptying the list and dict:', found)
print('module globals refer to it too:', any(r is globals() for r in gc.get_referrers(t)))
