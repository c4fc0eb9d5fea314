# range in for loops, including negative steps.
for i in range(3):
    print('up', i)
for i in range(5, 0, -2):
    print('down', i)
for i in range(-2, 3):
    print('neg', i, i * i)
for i in range(10, 20, 5):
    for j in range(i, i + 2):
        print(i, j)
total = 0
for i in range(1, 1001):
    total += i
print(total)
count = 0
for i in range(0, 100, 7):
    count += 1
print(count, i)
for i in range(0):
    print('never')
print('after empty loop')
r = range(3)
for a in r:
    for b in r:
        if a == b:
            print(a, b)
