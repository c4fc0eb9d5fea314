# Filtering and mapping small data sets with comprehensions.
people = [('ann', 31), ('bob', 17), ('cy', 45), ('di', 12), ('ed', 22)]
adults = [name for name, age in people if age >= 18]
print(adults)
print([age for name, age in people if name < 'c'])
print(sum(age for name, age in people) / len(people))
primes = [n for n in range(2, 60) if min([n % d for d in range(2, n)] + [1]) > 0]
print(primes)
words = 'one two three four five six seven'.split()
print([w[::-1] for w in words if 'e' in w])
print([w for w in sorted(words) if len(w) == 4])
lengths = [len(w) for w in words]
print(lengths, max(lengths), lengths.index(max(lengths)))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [grid[i][i] for i in range(3)], [row[-1] for row in grid])
