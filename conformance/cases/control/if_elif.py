# if / elif / else chains and conditional expressions.
def classify(n):
    if n < 0:
        kind = 'negative'
    elif n == 0:
        kind = 'zero'
    elif n < 10:
        kind = 'small'
    elif n < 100:
        kind = 'medium'
    else:
        kind = 'large'
    return kind
for n in [-5, 0, 7, 42, 1000]:
    print(n, classify(n))
for n in range(4):
    print(n, 'even' if n % 2 == 0 else 'odd')
x = 15
if x > 10:
    if x > 20:
        print('big')
    else:
        print('between')
if x:
    pass
else:
    print('unreachable')
if x == 15: print('one-liner')
label = 'fizz' if x % 3 == 0 and x % 5 != 0 else 'buzz' if x % 5 == 0 and x % 3 != 0 else 'both' if x % 15 == 0 else 'none'
print(label)
