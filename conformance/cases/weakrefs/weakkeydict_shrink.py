# backend: generational, refcount
# WeakKeyDictionary: attach data to objects without keeping them alive.
import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(%s)" % self.name


notes = weakref.WeakKeyDictionary()
k1, k2, k3 = Key("one"), Key("two"), Key("three")
notes[k1] = "first"
notes[k2] = "second"
notes.update({k3: "third"})
print(len(notes), notes[k1], notes.get(k2), k3 in notes, Key("x") in notes, 42 in notes)
notes[k1] = "first, updated"
print(len(notes), notes[k1], len(notes.keyrefs()))
del k2
print(len(notes), sorted(notes.values()))
print(sorted((k.name, v) for k, v in notes.items()))
print(notes.pop(k3), k3 in notes, notes.pop(k3, "gone"))
print(notes.setdefault(k3, "again"), notes.setdefault(k3, "ignored"))
try:
    notes[Key("never stored")]
except KeyError:
    print("KeyError for an unknown key")
del notes[k3]
print(len(notes), [k.name for k in notes])


class Ident:
    # Equal-by-value keys: a weak key entry is found through an equal object while alive.
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Ident) and other.v == self.v

    def __hash__(self):
        return hash(self.v)


i1 = Ident(7)
notes[i1] = "seven"
print(notes[Ident(7)], Ident(7) in notes, len(notes))
del i1
print(Ident(7) in notes, len(notes))
del k1
print(len(notes), list(notes.items()))
