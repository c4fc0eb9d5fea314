# c -> a <-> b variants: a cycle is kept alive by a list, a dict value, a closure and another object.
# refcount: dropping the keeper frees nothing of the cycle; every collect() returns 0.
# pymalloc: same as refcount.
import gc

class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)

def pair(tag):
    a = Obj(tag + '.a')
    b = Obj(tag + '.b')
    a.b = b
    b.a = a
    return a

gc.disable()
gc.collect()
keep_list = [pair('list')]
keep_dict = {'k': pair('dict')}
keep_fn = (lambda a: lambda: a)(pair('closure'))
print('all kept:', gc.collect())
print('pop from the list')
keep_list.pop()
print('collect:', gc.collect())
print('delete the dict key')
del keep_dict['k']
print('collect:', gc.collect())
print('drop the closure')
keep_fn = None
print('collect:', gc.collect())
