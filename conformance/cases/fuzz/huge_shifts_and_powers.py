# shifts past an int's size are OverflowError or MemoryError, not an internal error (found by fuzz/)
for f in (lambda: 1 << 10**20, lambda: 1 << 2**40, lambda: 1 << 2**63):
    try:
        f()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(0 << 10**20, 1 >> 10**20, -1 >> 10**20, 1 ** 2**70, 0 ** 2**70)
