# Collatz sequence lengths.
def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
for n in range(1, 16):
    print(n, collatz_len(n))
best = 1
best_len = 1
for n in range(1, 1000):
    l = collatz_len(n)
    if l > best_len:
        best = n
        best_len = l
print('longest below 1000:', best, best_len)
seq = []
n = 27
while n != 1:
    seq.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print(len(seq), max(seq), seq[:10])
print(collatz_len(2 ** 100 + 1))
