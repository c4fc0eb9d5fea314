# CPython 3.11 limits int <-> decimal str conversions to 4300 digits (sys.set_int_max_str_digits); found by fuzz/
print(len(str(10**4299)))
for f in (lambda: str(10**4300), lambda: repr(-10**4300), lambda: int('1' * 4301), lambda: f'{10**4300}', lambda: '%d' % 10**4300):
    try:
        f()
        print('no error')
    except ValueError as e:
        print(e)
print(len(hex(10**5000)), len(bin(10**5000)))
