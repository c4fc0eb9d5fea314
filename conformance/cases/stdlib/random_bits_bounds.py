# getrandbits and randbytes convert their argument to a C int: OverflowError past it, ValueError below 0.
import random
random.seed(3)
for call in [lambda: random.getrandbits(2**64), lambda: random.getrandbits(-1), lambda: random.randbytes(2**70), lambda: random.randbytes(-1), lambda: random.getrandbits(2**31)]:
    try:
        print(call())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(random.getrandbits(40), random.randbytes(3))
