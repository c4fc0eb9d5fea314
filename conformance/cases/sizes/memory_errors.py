# Requests no machine can satisfy raise MemoryError (or CPython's OverflowError) before anything
# is built; the interpreter carries on afterwards. Sizes chosen to fail on any 64-bit host.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, repr(str(e)))
attempt('list * 2**60', lambda: [0] * 2 ** 60)
attempt('list * 2**62', lambda: [1, 2] * 2 ** 62)
attempt('list * 2**63', lambda: [0] * 2 ** 63)
attempt('empty list * huge', lambda: [] * (2 ** 63 - 1))
attempt('tuple * 2**60', lambda: (0,) * 2 ** 60)
attempt('str * 2**62', lambda: 'x' * 2 ** 62)
attempt('str2 * 2**62', lambda: 'ab' * 2 ** 62)
attempt('empty str * huge', lambda: '' * (2 ** 63 - 1))
attempt('bytes * 2**62', lambda: b'x' * 2 ** 62)
attempt('bytes2 * 2**62', lambda: b'ab' * 2 ** 62)
attempt('bytes(2**62)', lambda: bytes(2 ** 62))
attempt('list(range(2**60))', lambda: list(range(2 ** 60)))
attempt('sorted(range(2**60))', lambda: sorted(range(2 ** 60)))
def extend():
    l = [1]
    l.extend(range(2 ** 60))
    return l
attempt('extend', extend)
def imul():
    l = [1, 2]
    l *= 2 ** 62
    return l
attempt('imul', imul)
def imul_ok():
    l = [1, 2]
    l *= 3
    return l
attempt('imul small', imul_ok)
attempt('after', lambda: [0] * 1000)
