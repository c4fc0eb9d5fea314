# int(s, base) with a bool, big int, float or str base; the invalid-literal message is cut at 200 characters (found by fuzz/)
print(int('101', False), int('z', base=36))
for base in (True, 2**70, -2**70, 2.0, '2', None):
    try:
        print(int('101', base))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int('x' * 300)
except ValueError as e:
    print(len(str(e)), str(e)[-20:])
