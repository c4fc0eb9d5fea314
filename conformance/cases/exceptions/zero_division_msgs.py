# ZeroDivisionError messages for every operator and type.
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.5 % 0,
    lambda: divmod(2.0, 0.0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: 10 ** 20 // 0,
    lambda: True / False,
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, 'no error')
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print('augmented', e)
print(x)
try:
    print(sum([1, 2]) / (len([]) * 3))
except ArithmeticError as e:
    print('as ArithmeticError:', e)
