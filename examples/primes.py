# The sieve of Eratosthenes, then a few facts about the primes it finds.
# Run it under each memory manager and compare:
#   ./pyarena examples/primes.py
#   ./pyarena --gc refcount examples/primes.py
#   ./pyarena --gc pymalloc --verify-heap examples/primes.py


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, prime in enumerate(is_prime) if prime]


def twin_pairs(primes):
    return [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]


primes = sieve(10_000)
print(f"{len(primes)} primes below 10,000; the last five: {primes[-5:]}")
print("sum of the first 100 primes:", sum(primes[:100]))
twins = twin_pairs(primes)
print(f"{len(twins)} twin pairs, the largest {twins[-1]}")
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps)[:6]:
    print(f"gap {gap:>2}: {gaps[gap]:>4} times")
print("2**127 - 1 =", 2 ** 127 - 1)
