# Pascal's triangle.
def pascal(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        rows.append(row)
    return rows
tri = pascal(10)
for row in tri:
    print(row)
for row in pascal(6):
    line = ''
    for x in row:
        line += str(x) + ' '
    print(' ' * (12 - len(line) // 2) + line.strip())
big = pascal(70)
print(big[-1][34], sum(big[-1]), sum(big[-1]) == 2 ** 69)
