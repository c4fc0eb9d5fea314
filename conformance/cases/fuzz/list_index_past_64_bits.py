# list.insert() and list.pop() with an index past 64 bits raise OverflowError (found by fuzz/)
L = [1, 2]
for f in (lambda: L.insert(10**20, 0), lambda: L.insert(-10**20, 0), lambda: L.pop(10**20), lambda: L.pop(-2**63 - 1)):
    try:
        f()
    except (OverflowError, IndexError) as e:
        print(type(e).__name__, e)
L.insert(2**62, 3)
L.insert(-2**62, 0)
print(L, L.pop(2**0))
