# A class is always part of a reference cycle (its __mro__, __dict__ descriptors): deleting it frees nothing until gc.
# refcount: the class leaks, so its class attribute is never freed; collect() returns 0.
# pymalloc: the class attribute is never freed; collect() returns 0.
import gc

class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

gc.disable()
gc.collect()

def make_class(tag):
    class Dynamic:
        shared = Resource(tag)
    return Dynamic

K = make_class('class attribute')
print(K.shared.name)
del K
print('class deleted; its attribute is still alive')
print('collect() found the class:', gc.collect() > 0)
