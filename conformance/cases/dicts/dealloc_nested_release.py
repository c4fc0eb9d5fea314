# backend: refcount, generational, incremental
# Releasing a dict's values can deallocate other dicts, sets and instances, whose own release runs
# __del__ methods that empty yet another dict: every level releases its own entries, in order.
log = []


class Noisy:
    def __init__(self, name, victim=None):
        self.name = name
        self.victim = victim

    def __del__(self):
        log.append(self.name)
        if self.victim is not None:
            self.victim.clear()  # empties a live dict while an outer release is under way


class Slotted:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


side = {"s1": Noisy("side-1"), "s2": Noisy("side-2")}
d = {
    "x": Noisy("x"),
    "inner": {"y": Noisy("y"), "deeper": {"z": Noisy("z", side)}, "w": Noisy("w")},
    "set": {Noisy("in-set")},
    "obj": Slotted(Noisy("slot-a"), Noisy("slot-b"), Noisy("slot-c")),
    "last": Noisy("last"),
}
del d
print(log)
print(side)

# A split instance table with a deleted attribute and a re-added one: slot order, holes skipped.
log.clear()
s = Slotted(Noisy("a"), Noisy("b"), Noisy("c"))
del s.b
s.d = Noisy("d")
s.b = Noisy("b2")
del s
print(log)

# Many nested levels at once (the release stash grows and shrinks back).
log.clear()
tree = {"leaf": Noisy("leaf-0")}
for i in range(1, 60):
    tree = {"child": tree, "leaf": Noisy(f"leaf-{i}")}
del tree
print(len(log), log[:3], log[-3:])

# A full collection inside __del__ while the deepest levels wait on the trashcan: they must not
# be taken for garbage (their count is 0 until the trashcan releases them).
import gc


class Collecting(Noisy):
    def __del__(self):
        super().__del__()
        log.append(gc.collect() >= 0)


log.clear()
tree = {"leaf": Noisy("deep-0")}
for i in range(1, 60):
    tree = {"child": tree, "leaf": Collecting(f"deep-{i}") if i % 20 == 0 else Noisy(f"deep-{i}")}
del tree
print(len(log), log.count(True), log[:2], log[-2:])

# clear() of a dict whose values' __del__ clears the same dict again.
log.clear()
again = {}
again["k1"] = Noisy("k1", again)
again["k2"] = Noisy("k2")
again.clear()
print(log, again)
