# chr() of ints past 32 bits is OverflowError; chr(True) is '\x01' (found by fuzz/)
for v in (2**31, -2**31 - 1, 2**31 - 1, -1, 2**63, 10**30, True, 97, 0x10ffff):
    try:
        print(repr(chr(v)))
    except (OverflowError, ValueError) as e:
        print(v, type(e).__name__, e)
