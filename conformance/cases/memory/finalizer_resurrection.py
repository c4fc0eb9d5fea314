# PEP 442: __del__ runs once; an object it resurrects survives the collection.
import gc

survivors = []

class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)
        survivors.append(self)

gc.disable()
p = Phoenix('p')
p.me = p
del p
print('collect:', gc.collect())
print('survivors:', [s.name for s in survivors])
print('finalized:', [gc.is_finalized(s) for s in survivors])
survivors.clear()
print('collect again:', gc.collect())
print('no second __del__')
