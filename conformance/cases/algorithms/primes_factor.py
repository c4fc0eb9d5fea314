# Trial-division factorisation and perfect numbers.
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 1001, 65536, 999983, 600851475143]:
    print(n, factorize(n))
def divisor_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total
perfect = []
for n in range(2, 1000):
    if divisor_sum(n) == n:
        perfect.append(n)
print(perfect)
