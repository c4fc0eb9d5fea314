# Error messages of the random functions.
import random
tests = [
    lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 2), lambda: random.randint(1, 0), lambda: random.choice([]),
    lambda: random.sample(range(3), 5), lambda: random.sample({1, 2}, 1), lambda: random.choices("ab", [1]),
    lambda: random.choices("ab", [0, 0]), lambda: random.getrandbits(-1), lambda: random.seed([1]),
    lambda: random.choices("ab", 3), lambda: random.expovariate(0), lambda: random.gammavariate(-1, 1),
    lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]), lambda: random.sample([1, 2], k=-1),
    lambda: random.sample(["a"], counts=[1, 2], k=1), lambda: random.choice(5),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
