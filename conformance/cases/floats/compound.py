# Compound interest and averages: float printing in context.
balance = 1000.0
for year in range(1, 11):
    balance = balance * 1.05
    print(year, balance, f"{balance:.2f}")
scores = [88.5, 92.25, 79.0, 95.75, 60.125]
avg = sum(scores) / len(scores)
print(avg, f"{avg:.3f}", max(scores) - min(scores))
celsius = [-40, 0, 37, 100, 36.6]
for c in celsius:
    print(c, c * 9 / 5 + 32)
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 * 10, 0.1 + 0.1 + 0.1)
