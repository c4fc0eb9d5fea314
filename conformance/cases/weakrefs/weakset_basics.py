# backend: generational, refcount
# WeakSet: membership without ownership, shrinking as members die, set operations.
import weakref


class Member:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "M%d" % self.n


ms = [Member(i) for i in range(5)]
group = weakref.WeakSet(ms[:3])
print(len(group), ms[0] in group, ms[4] in group, 5 in group)
group.add(ms[3])
group.add(ms[3])
print(len(group), sorted(m.n for m in group))
group.discard(ms[0])
group.remove(ms[1])
print(len(group), sorted(m.n for m in group))
try:
    group.remove(ms[1])
except KeyError:
    print("KeyError on remove")
ms[2] = None
print("after a member died:", len(group), sorted(m.n for m in group))

other = weakref.WeakSet([ms[3], ms[4]])
print(sorted(m.n for m in group | other), sorted(m.n for m in group & other))
print(sorted(m.n for m in other - group), group <= other, group == weakref.WeakSet([ms[3]]))
popped = other.pop()
print(popped in other, len(other))
c = other.copy()
print(type(c).__name__, len(c))
ms.clear()
popped = None
print(len(group), len(other), len(c), list(group))
try:
    other.pop()
except KeyError as e:
    print("KeyError:", e)
