# int() of text that is not a number.
print(int('42'))
print(int('abc'))
