# N-queens by backtracking.
def solve(n):
    cols = []
    solutions = []
    def safe(row, col):
        for r in range(row):
            c = cols[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                place(row + 1)
                cols[len(cols) - 1:] = []
    place(0)
    return solutions
for n in range(1, 8):
    print(n, len(solve(n)))
first = solve(6)[0]
print(first)
for c in first:
    print('. ' * c + 'Q ' + '. ' * (6 - c - 1))
