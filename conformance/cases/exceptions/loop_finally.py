# break and continue inside try/finally in loops: finally always runs.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after for')
n = 0
while True:
    n += 1
    try:
        try:
            if n % 2:
                continue
            if n > 4:
                break
            print('even', n)
        finally:
            print('inner', n)
    finally:
        print('outer', n)
print('n =', n)
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError as e:
        print('caught', e)
        continue
    finally:
        print('fin', i)
    print('end of iteration', i)
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            break
    print('loop', i)
else:
    print('no else because of break')
def f():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'break swallowed exception at ' + str(i)
print(f())
