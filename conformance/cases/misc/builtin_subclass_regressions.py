# Regressions: set membership, dict subclasses passed to dict operations, nested % formatting,
# and tuple subclasses hashing like tuples.
print(3 in {1}, "z" in frozenset(["a"]), 1 in {1}, 2 not in {1, 3})
class D(dict):
    pass
d = D(a=1)
print(dict(d), {**d}, sorted(d.items()))
e = {}
e.update(d)
print(e)
def kw(**k):
    return k
print(kw(**d))
class A:
    def __repr__(self):
        return "A(%d)" % 1
print("%s(%r)" % ("B", [A()]))
class T(tuple):
    pass
print(hash(T((1, 2))) == hash((1, 2)), {T((1, 2)): 1}.get((1, 2)), T((1, 2)) == (1, 2))
