# len, str, int, float, repr, bool conversions.
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1, 'b': 2}), len(range(5)), len(''))
print(str(12), str(-3.5), str(None), str(True), str([1, 'a']), str('x'))
print(int('12') + int(3.99) + int(True), float('2.5') + float(1), float(' -1e3 '))
print(repr(12), repr(-3.5), repr(None), repr('x'), repr([1, 'a']), repr(1e100))
print(int(float('1e3')), float(int('7')), str(int(-0.9)))
print(repr(str(5)), repr(int('5')), repr(float('5')))
print(list('hey'), tuple([1, 2]), list((3, 4)), list({'a': 1, 'b': 2}))
print(bool('False'), bool(0.0), int(bool([1])))
