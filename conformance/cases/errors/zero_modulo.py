# Integer modulo by zero, reached inside a loop.
total = 0
for d in [3, 2, 1, 0]:
    total += 100 % d
    print(d, total)
