# Dynamic programming: coin change, LCS, iterative Fibonacci.
def count_change(amount, coins):
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print(count_change(100, [1, 5, 10, 25, 50]), count_change(0, [1]), count_change(3, [2]))
def lcs(a, b):
    table = []
    for i in range(len(a) + 1):
        table.append([0] * (len(b) + 1))
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    out = ''
    i, j = len(a), len(b)
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out = a[i - 1] + out
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return table[len(a)][len(b)], out
print(lcs('ABCBDAB', 'BDCABA'), lcs('kitten', 'sitting'), lcs('', 'abc'))
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
