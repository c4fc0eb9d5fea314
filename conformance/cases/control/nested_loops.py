# Nested loops, break only leaves the inner loop.
for i in range(1, 4):
    row = ''
    for j in range(1, 4):
        row += ' ' + str(i * j)
    print(row)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j)
pairs = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print('triple', a, b, c)
                pairs += 1
print(pairs)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j >= i:
            break
    print('while', i, j)
    i += 1
