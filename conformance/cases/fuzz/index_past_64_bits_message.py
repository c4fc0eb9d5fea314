# Subscripts with ints past 64 bits: IndexError "cannot fit 'int' into an index-sized integer"; slices clamp; found by fuzz/
for f in (lambda: [1][10**20], lambda: 'a'[10**20], lambda: (1,)[-10**20]):
    try:
        f()
    except IndexError as e:
        print(e)
L = [1]
try:
    L[10**20] = 2
except IndexError as e:
    print(e)
print([1, 2][10**20:], 'abc'[-10**20:2], L[2**62:])
