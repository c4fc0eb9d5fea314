# backend: generational, refcount
# Weakref hashing and equality: the referent's hash and equality while alive, identity after
# death; a hash computed while alive survives death, one never computed cannot be made.
import weakref


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


p, q = Point(1, 2), Point(1, 2)
rp, rq = weakref.ref(p), weakref.ref(q)
print(rp is rq, rp == rq, rp != rq, hash(rp) == hash(p), hash(rp) == hash(rq))
print(rp == p, rp.__eq__(p), rp.__ne__(p))
other = Point(5, 5)
ro = weakref.ref(other)
print(rp == ro, rp != ro)
table = {rp: "p"}
print(table[rq], rq in table, ro in table)

# After death: the cached hash stays usable; equality is identity.
del p
print(rp(), rp == rq, rp != rq, rp == rp)
print(hash(rp) == hash(rq), table[rp])
rq_cb = weakref.ref(q, lambda wr: None)
del q
try:
    hash(rq_cb)
except TypeError as e:
    print("TypeError:", e)
print(rq == rq_cb, rq_cb == rq_cb)


class Plain:
    pass


a = Plain()
ra = weakref.ref(a)
ra_cb = weakref.ref(a, lambda wr: None)
print(ra == ra_cb, hash(ra) == hash(ra_cb), len({ra, ra_cb}))
del a
print(ra == ra_cb, len({ra, ra_cb}))
