# int() of short decimal text: signs, zeros, the 15/16-digit boundary, and texts that only look
# decimal (whitespace, underscores, other digits, lone signs), with and without base=10.
import math

texts = ['0', '-0', '+0', '007', '-007', '5', '-5', '+5', '999999999999999', '-999999999999999',
         '1000000000000000', '9999999999999999', '-9999999999999999', '9007199254740993',
         '12345678901234567890', ' 5', '5 ', '1_0', '\u0663\u0664', '12\u0663']
for t in texts:
    a = int(t)
    b = int(t, 10)
    print(repr(t), a, b, a == b, type(a).__name__, math.copysign(1.0, a))

for bad in ['', '-', '+', '--5', '+-5', '5-', '1__0', '_1', '1_', '0x10', '1.0', '1e3', '١٢a']:
    for base in (None, 10):
        try:
            r = int(bad) if base is None else int(bad, base)
            print(repr(bad), base, 'ok', r)
        except ValueError as e:
            print(repr(bad), base, 'ValueError', e)

print(sum(int(str(i)) for i in range(-500, 500)))
print(int('-0') == 0, str(int('-0')), repr(-int('0')))
