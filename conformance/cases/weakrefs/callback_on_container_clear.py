# backend: generational, refcount
# Emptying containers frees their items: list.clear, del slices, dict.pop and set.discard.
import weakref


class Item:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return "Item(%s)" % self.tag


dead = []
items = [Item(i) for i in range(4)]
refs = [weakref.ref(it, lambda wr, i=i: dead.append(i)) for i, it in enumerate(items)]
del items[1:3]
print("after del [1:3]:", dead, items)
items.clear()
print("after clear:", dead, [r() for r in refs])

reg = {"a": Item("a"), "b": Item("b")}
ra = weakref.ref(reg["a"], lambda wr: print("a gone"))
rb = weakref.ref(reg["b"], lambda wr: print("b gone"))
popped = reg.pop("a")
print("popped still alive:", ra() is popped)
popped = None
reg.clear()
print("dict cleared", ra(), rb())

s = {Item("s1")}
member = next(iter(s))
rs = weakref.ref(member, lambda wr: print("set member gone"))
s.discard(member)
print("discarded, still named")
member = None
print("end", rs())
