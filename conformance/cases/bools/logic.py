# and/or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'x' and 'y', None or 0, [] or {})
print(not 0, not 1, not '', not 'a', not None, not [])
print(True and None, False or None)
x = 5
print(x > 3 and x < 10, x > 3 and x > 10, x < 3 or x == 5)
print(not x > 3, not (x > 3 and x < 4))
def noisy(v, tag):
    print('eval', tag)
    return v
print(noisy(0, 'a') and noisy(1, 'b'))
print(noisy(1, 'c') or noisy(1, 'd'))
print(noisy(1, 'e') and noisy(0, 'f') or noisy(2, 'g'))
print(0 or 0.0 or '' or None)
print(1 and 'a' and [1] and (2,))
