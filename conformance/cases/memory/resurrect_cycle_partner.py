# A finalizer that resurrects its partner keeps the whole cycle alive: collect() frees nothing, once.
# refcount: nothing is finalized or collected.
# pymalloc: same as refcount.
import gc

saved = []

class Half:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)
        if self.name == 'a':
            saved.append(self.partner)

gc.disable()
gc.collect()
a = Half('a')
b = Half('b')
a.partner, b.partner = b, a
del a, b
print('collect():', gc.collect())
print('saved:', [h.name for h in saved], 'partner intact:', saved and saved[0].partner.name)
print('both finalized:', saved and [gc.is_finalized(saved[0]), gc.is_finalized(saved[0].partner)])
saved.clear()
print('collect() after letting go:', gc.collect())
