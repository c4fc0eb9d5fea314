# randint, randrange and getrandbits for several seeds (CPython's _randbelow_with_getrandbits).
import random
for seed in [0, 7, 42, 2024]:
    random.seed(seed)
    print([random.randint(1, 6) for _ in range(12)])
    print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(5)])
    print(random.randrange(100, 0, -3), random.randint(-10, -5), random.randrange(10 ** 30), random.randint(0, 2 ** 64))
    print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))
