# real/imag/numerator/denominator on instances of int and float subclasses: the base's values,
# as exact ints and floats.
class I(int):
    pass


class F(float):
    pass


i = I(5)
print(i.real, i.imag, i.numerator, i.denominator, type(i.real).__name__, type(i.numerator).__name__)
print(F(2.5).real, type(F(2.5).real).__name__, F(1.5).imag, type(F(-0.0).real).__name__)
print(I(-7).real + 1, (True).real, type(True.real).__name__, (3).denominator, 2.0.imag)
try:
    i.real = 3
except AttributeError as e:
    print('AttributeError')
