# sys.float_info: every field by attribute, its repr, and that the fields are read-only
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.max_exp, fi.max_10_exp, fi.min, fi.min_exp, fi.min_10_exp)
print(fi.dig, fi.mant_dig, fi.epsilon, fi.radix, fi.rounds)
print(type(fi).__name__, type(fi.max).__name__, type(fi.dig).__name__, str(fi) == repr(fi))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, fi.min / 2 > 0)
print(2.0 ** (fi.mant_dig - 1) == 1 / fi.epsilon, (2 - fi.epsilon) * 2.0 ** 1023 == fi.max)
for name in ('max', 'nope'):
    try:
        setattr(fi, name, 1)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    fi.nope
except AttributeError as e:
    print('AttributeError:', e)
