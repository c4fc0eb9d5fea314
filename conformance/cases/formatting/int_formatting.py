# Integer formatting: bin/oct/hex builtins, format(), zero padding, big ints, negative numbers.
for n in [0, 1, 7, 10, 255, 256, -1, -255, 2 ** 32, 10 ** 20]:
    print(n, bin(n), oct(n), hex(n), format(n, 'x'), f'{n:>12,}')
print(f'{7:03} {-7:03} {7:+04} {7:<3}| {7:^5}|')
print(f'{1234567890123456789012:,} {-10**12:_}')
print(format(10, 'b'), format(10, '#o'), format(-10, '#x'), format(97, 'c'), format(10))
print(f'{2**64:x} {2**64:#X} {2**64:e}')
print(int('ff', 16), int('0o17', 0), int('1010', 2), int('z', 36), int('-0x10', 16))
print(str(-0), str(10**30), repr(-5), len(str(2 ** 100)))
print('{:d}'.format(True), '{:5d}|'.format(-3), '{:<+5d}|'.format(3))
try:
    f'{3.5:d}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{"s":d}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{5:s}'
except ValueError as e:
    print('ValueError:', e)
