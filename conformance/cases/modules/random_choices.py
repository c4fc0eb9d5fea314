# choices with and without weights and cumulative weights.
import random
for seed in [5, 42]:
    random.seed(seed)
    print(random.choices("abc", k=10))
    print(random.choices(range(5), weights=[1, 2, 3, 4, 5], k=8))
    print(random.choices("xy", cum_weights=[0.3, 1.0], k=6))
    print(random.choices(["a", "b", "c"], [0.5, 0.25, 0.25], k=6), random.choices([1, 2]))
    print(random.choices("ab", weights=[0, 1], k=4))
