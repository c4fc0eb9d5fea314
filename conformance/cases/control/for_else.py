# for/else: else runs only when the loop was not broken.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, 'equals', d, '*', n // d)
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty loop else')
for ch in 'abc':
    if ch == 'b':
        continue
    print(ch)
else:
    print('done chars')
