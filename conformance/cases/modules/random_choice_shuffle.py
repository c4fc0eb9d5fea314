# choice and shuffle (in place, CPython's algorithm).
import random
for seed in [1, 42, 99]:
    random.seed(seed)
    print([random.choice("abcdefg") for _ in range(8)], random.choice([10, 20, 30]), random.choice(range(1000)))
    l = list(range(20))
    random.shuffle(l)
    print(l)
    words = ["apple", "banana", "cherry", "date"]
    random.shuffle(words)
    print(words)
    one = [1]
    random.shuffle(one)
    print(one)
