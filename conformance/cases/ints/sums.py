# Accumulating big sums in loops.
total = 0
for i in range(1000):
    total += i * i * i
print(total)
p = 1
for i in range(1, 21):
    p *= 2 ** i
print(p)
f = 1
for i in range(1, 26):
    f *= i
print(f, f // (2 ** 20), f % 1000003)
tri = 0
n = 0
while tri < 10 ** 9:
    n += 1
    tri += n
print(n, tri)
