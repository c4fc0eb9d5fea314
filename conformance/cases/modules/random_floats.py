# uniform and triangular, which need only random() and sqrt.
import random
for seed in [11, 42]:
    random.seed(seed)
    print(random.uniform(1, 10), random.uniform(-1.5, 1.5), random.uniform(5, 5))
    print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 2), random.triangular(1, 1, 1))
    print(random.expovariate(2.0), random.paretovariate(3.0))
