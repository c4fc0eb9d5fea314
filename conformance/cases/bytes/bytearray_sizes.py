# sys.getsizeof(bytearray) is 56 + its block, which grows and shrinks as CPython 3.11's does.
import sys
g = sys.getsizeof
b = bytearray()
sizes = [g(b)]
for i in range(40):
    b.append(i)
    sizes.append(g(b))
print(sizes)
print(g(bytearray(b'abc')), g(bytearray(10)), g(bytearray([1, 2, 3])), g(bytearray(range(10))), g(bytearray('héllo', 'utf-8')))
b = bytearray(b'abcdefghij')
b.clear()
print(g(b), g(bytearray(b'')), g(bytearray(0)))
b = bytearray(b'abcdefghij')
del b[0]
print(g(b), b)
del b[:5]
print(g(b), b)
b = bytearray(b'abcdefghij')
b.pop()
b.pop(0)
print(g(b), b)
b = bytearray(b'abc')
b.extend(b'defgh')
s1 = g(b)
b.extend([1, 2, 3])
s2 = g(b)
b.extend(range(30))
print(s1, s2, g(b))
b = bytearray(b'abc')
b += b'xyz'
s1 = g(b)
b *= 3
print(s1, g(b))
b = bytearray(b'abc')
print(g(b + b'x'), g(b * 3), g(b[1:]), g(b[:0]), g(b.copy()), g(bytearray().copy()), g(b.upper()))
b.insert(0, 65)
s1 = g(b)
b.remove(65)
s2 = g(b)
b[1:2] = b'12345'
s3 = g(b)
b[0:4] = b''
print(s1, s2, s3, g(b), b)
print(g(bytearray.fromhex('0102 03')), g(bytearray.fromhex('')))
b = bytearray(100)
del b[:90]
s1 = g(b)
b.append(1)
print(s1, g(b))
b = bytearray(b'x' * 1000)
s1 = g(b)
b.append(1)
print(s1, g(b), len(b))
big = bytearray(200000)
big[-1] = 7
print(g(big), big[-1], big.count(b'\x00'), len(big.replace(b'\x00', b'')))
b = bytearray(b'a b c')
print([g(x) for x in b.split()], g(b.replace(b' ', b'')), g(b.strip()), g(bytearray(b'-').join([b'a', b'b'])))
