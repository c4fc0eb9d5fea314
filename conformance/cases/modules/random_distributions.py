# The other distributions, rounded to 10 significant digits.
import random
def r(x):
    return float(f"{x:.10g}")
for seed in [8, 42]:
    random.seed(seed)
    print(r(random.lognormvariate(0, 1)), r(random.vonmisesvariate(1, 2)), r(random.vonmisesvariate(0, 0)))
    print(r(random.gammavariate(0.5, 1)), r(random.gammavariate(1, 2)), r(random.gammavariate(3, 1)))
    print(r(random.betavariate(2, 3)), r(random.weibullvariate(1, 2)), r(random.expovariate(0.5)))
