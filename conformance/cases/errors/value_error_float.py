# float() of text that is not a number.
print(float('1.5'))
print(float('1.5.2'))
