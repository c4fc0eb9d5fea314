# hash() gives CPython 3.11's values: ints modulo 2**61 - 1, floats as exact rationals, tuples
# by xxHash, frozensets by frozenset_hash, user __hash__ results reduced.
ints = [0, 1, -1, -2, 2, 12345, -12345, 2**31, 2**32 - 1, 2**53 + 1, 2**60, 2**61 - 2, 2**61 - 1,
        2**61, 2**61 + 5, -(2**61 - 1), -(2**61), 2**62, 2**63, -2**63, 2**64 + 17, 10**30, -10**30,
        3**100]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 0.5, 0.25, 2.5, 1e10, 1e-10, 3.141592653589793,
          1e300, -1e300, 5e-324, 2.0**61, 2.0**70, 123456.789, float('inf'), float('-inf')]
print([hash(f) for f in floats])
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(2.0**70))
tuples = [(), (1,), (1, 2), (2, 1), (-1,), (-2,), (0, 0), ((),), ((1, 2), (3, (4, 5))), (1.5, -2.5),
          (True, False), (2**64, -1), tuple(range(20)), ((((1,),),),)]
print([hash(t) for t in tuples])
print([hash(f) for f in (frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([2, 1]),
                          frozenset(range(10)), frozenset([(1, 2), 3.5]), frozenset([frozenset([1])]))])
print(hash(frozenset(range(100))) == hash(frozenset(range(99, -1, -1))))

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

print([hash(H(v)) for v in (0, 5, -1, -2, 2**63 - 1, -2**63, 2**63, 2**64, -2**70, True, False)])
print(hash((H(-1), H(2**64))), {H(3).__hash__(), hash(H(-1))})

class Bad:
    def __hash__(self):
        return 1.5

try:
    hash(Bad())
except TypeError as e:
    print('TypeError:', e)
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)

class P:
    pass

p = P()
print(hash(p) == id(p) >> 4, object.__hash__(p) == hash(p), hash(H(9)) == 9)
print((1, 2).__hash__() == hash((1, 2)), (5).__hash__(), 1.5.__hash__(), frozenset([1]).__hash__())
