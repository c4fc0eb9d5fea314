# random() after seeding with ints of every size, negative ints, str, bytes, float and bool.
import random
random.seed(1)
print(random.random())
for seed in [0, 1, 42, 12345, 2 ** 32, 2 ** 40 + 7, -5, 2 ** 100, 10 ** 50, "hello", "", b"bytes", 3.5, -0.25, True]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(3)])
random.seed("abc", version=1)
print(random.random())
