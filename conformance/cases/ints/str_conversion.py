# str() and repr() of ints, len of digit strings.
print(str(0), str(-0), str(-12), repr(12345))
print(str(10 ** 30), repr(-(10 ** 30)))
print(len(str(2 ** 64)), len(str(-(2 ** 64))))
s = str(2 ** 100)
print(s[0], s[-1], s[:5])
digits = 0
for ch in str(2 ** 100):
    digits = digits + int(ch)
print(digits)
print(str(1) + str(2), int(str(41)) + 1)
print(123456789 * 987654321)
print(999999999999 * 999999999999)
