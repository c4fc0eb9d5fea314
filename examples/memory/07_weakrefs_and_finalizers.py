# Weak references do not keep their object alive; their callbacks (and weakref.finalize) run
# when it dies: by refcount at once, or inside the collector for objects in a cycle.
#
#   ./pyarena examples/memory/07_weakrefs_and_finalizers.py
#   ./pyarena --gc refcount examples/memory/07_weakrefs_and_finalizers.py
#       the cached object in a cycle never dies: its callback never runs.
#   ./pyarena --gc pymalloc examples/memory/07_weakrefs_and_finalizers.py
#       nothing dies: every weakref stays alive.
import gc
import weakref


class Image:
    def __init__(self, name):
        self.name = name


def gone(ref):
    print('callback: a weakly referenced image died')


gc.disable()
img = Image('photo.png')
r = weakref.ref(img, gone)
print('alive through the weakref:', r().name)
del img                        # last strong reference: the callback runs now
print('weakref now returns', r())

cache = weakref.WeakValueDictionary()
thumb = Image('thumb')
cache['thumb'] = thumb
print('cached:', list(cache.keys()))
del thumb
print('after del, cache keys:', list(cache.keys()))

cyclic = Image('cyclic')
cyclic.me = cyclic
weakref.finalize(cyclic, print, 'finalize: cyclic image collected')
del cyclic
print('collect() ->', gc.collect())
