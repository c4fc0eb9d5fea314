# backend: generational, refcount
# When the last reference goes, __del__ runs first, then the weakref callbacks; a weakref made
# inside __del__ is cleared without its callback being called.
import weakref


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "ref alive:", watcher() is self)
        weakref.ref(self, lambda wr: print("made in __del__: never printed"))
        late.append(weakref.ref(self))


late = []
t = Tracked("t")
watcher = weakref.ref(t, lambda wr: print("callback after __del__, referent:", wr()))
del t
print("late ref dead:", late[0]() is None)


class Phoenix:
    saved = []

    def __del__(self):
        print("resurrecting")
        Phoenix.saved.append(self)


p = Phoenix()
wp = weakref.ref(p, lambda wr: print("phoenix callback"))
del p
print("resurrected; weakref still alive:", wp() is Phoenix.saved[0])
Phoenix.saved.clear()
print("end")
