# cycles: none
# Backtracking search: every solution of the n-queens puzzle with sets for the attacked columns
# and diagonals, plus a sudoku solver (depth-first search, most-constrained cell first).
# Recursion, sets, tuples and list copies.


def place(n, row, cols, diag1, diag2, placement, solutions):
    if row == n:
        solutions.append(tuple(placement))
        return
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        placement.append(col)
        place(n, row + 1, cols, diag1, diag2, placement, solutions)
        placement.pop()
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


def queens(n):
    solutions = []
    place(n, 0, set(), set(), set(), [], solutions)
    return solutions


PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
]

PEERS = []
for cell in range(81):
    r, c = divmod(cell, 9)
    box = (r // 3) * 3 + c // 3
    peers = set()
    for k in range(81):
        r2, c2 = divmod(k, 9)
        if k != cell and (r2 == r or c2 == c or (r2 // 3) * 3 + c2 // 3 == box):
            peers.add(k)
    PEERS.append(tuple(sorted(peers)))


DIGITS = "123456789"


def solve(puzzle):
    grid = list(puzzle)
    return "".join(grid) if search(grid) else None


def search(grid):
    # The empty cell with the fewest candidates, computed from its peers' digits.
    best = -1
    best_candidates = None
    for cell in range(81):
        if grid[cell] != ".":
            continue
        used = {grid[p] for p in PEERS[cell]}
        candidates = [d for d in DIGITS if d not in used]
        if not candidates:
            return False
        if best_candidates is None or len(candidates) < len(best_candidates):
            best = cell
            best_candidates = candidates
            if len(candidates) == 1:
                break
    if best < 0:
        return True
    for digit in best_candidates:
        grid[best] = digit
        if search(grid):
            return True
    grid[best] = "."
    return False


def main():
    sols = queens(8)
    print("8-queens solutions", len(sols), "first", sols[0], "last", sols[-1])
    total = sum(len(queens(n)) for n in range(4, 12))
    print("4..11 queens total", total)
    checksum = len(sols) * 1000 + total
    for puzzle in PUZZLES:
        answer = solve(puzzle)
        print(answer)
        checksum = (checksum * 31 + sum(int(d) * (i + 1) for i, d in enumerate(answer))) % 1000000007
    print("checksum", checksum)


main()
