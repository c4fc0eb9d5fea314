# bools and big ints repeat sequences from either side; any other operand is 'can't multiply sequence by non-int' (found by fuzz/)
print(True * [1], [1] * True, True * 'ab', 'ab' * False, (1,) * True, 2**40 * [], False * (1, 2))
for a, b in ((1.5, [1]), ([1], 1.5), ({}, 'ab'), ('ab', None), (b'x', 2.0)):
    try:
        a * b
    except TypeError as e:
        print(e)
for n in (2**70, -2**70):
    try:
        [] * n
    except OverflowError as e:
        print('OverflowError:', e)
