# input() with an empty stdin (the harness gives none): the prompt is printed, then EOFError.
try:
    line = input('your name? ')
    print('read', repr(line))
except EOFError as e:
    print()
    print('EOFError:', e, type(e).__mro__[1].__name__)
try:
    input()
except EOFError as e:
    print('again:', e.args)
print(input.__name__, callable(input))
print('done')
