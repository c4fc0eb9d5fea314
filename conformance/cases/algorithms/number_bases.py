# Converting numbers to other bases by hand; digit sums.
def to_base(n, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = ''
    if n < 0:
        sign = '-'
        n = -n
    out = ''
    while n > 0:
        out = digits[n % base] + out
        n //= base
    return sign + out
for n in [0, 5, 255, -255, 1000, 2 ** 64, -(3 ** 50)]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36))
    print(int(to_base(n, 36), 36) == n)
total = 0
for ch in str(2 ** 1000):
    total += int(ch)
print(total)
