# sample: the pool branch (small populations) and the set branch (large ones), and counts=.
import random
for seed in [3, 42]:
    random.seed(seed)
    print(random.sample(range(100), 10))
    print(random.sample("abcdefghij", 4), random.sample([1, 2, 3], 3), random.sample([1, 2, 3], 0))
    print(random.sample(range(10 ** 6), 5), random.sample(range(30), 6))
    print(random.sample(["red", "blue"], counts=[4, 2], k=5))
    print(random.sample(tuple(range(50)), k=25))
