# backend: generational, refcount
# WeakMethod: a weak reference to a bound method, dead when its object dies.
import weakref


class Button:
    def __init__(self, label):
        self.label = label

    def click(self, times=1):
        return "%s clicked %d" % (self.label, times)


ok = Button("ok")
wm = weakref.WeakMethod(ok.click)
m = wm()
print(m(), m(3), m.__self__ is ok, isinstance(wm, weakref.ref))
# A plain ref to a bound method dies at once: the method object is a temporary.
print(weakref.ref(ok.click)())
print(wm == weakref.WeakMethod(ok.click), wm != weakref.WeakMethod(ok.click))
print(hash(wm) == hash(weakref.WeakMethod(ok.click)))
cancel = Button("cancel")
print(wm == weakref.WeakMethod(cancel.click))

died = []
wm2 = weakref.WeakMethod(cancel.click, lambda w: died.append(w is wm2))
del m
del ok
print(wm(), died)
del cancel
print(wm2(), died)

for bad in (print, len, lambda: 0):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", str(e).split(",")[0])
