# for/else and while/else: else runs only when the loop was not broken.
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
count = 0
while count < 3:
    count += 1
else:
    print('while finished normally', count)
count = 0
while count < 10:
    count += 1
    if count == 4:
        break
else:
    print('never')
print('broke at', count)
for x in []:
    pass
else:
    print('else on empty for')
while False:
    pass
else:
    print('else on while False')
for i in range(3):
    if i == 5:
        break
    continue
else:
    print('continue does not skip else')
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    return None
print(search([[1, 2], [3, 4]], 4), search([[1, 2], [3, 4]], 7))
