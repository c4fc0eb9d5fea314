# gauss keeps the second value of each pair for the next call (gauss_next); seed() clears it.
import random
for seed in [0, 42]:
    random.seed(seed)
    print([round(random.gauss(), 12) for _ in range(5)])
    print(round(random.gauss(10, 2), 10), round(random.gauss(mu=-1, sigma=0.5), 10))
    random.gauss()
    random.seed(seed)
    print(round(random.gauss(), 12))
    print([round(random.normalvariate(), 12) for _ in range(4)], round(random.normalvariate(100, 15), 9))
