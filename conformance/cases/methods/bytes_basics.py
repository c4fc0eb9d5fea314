# bytes: literals, indexing, slicing, len, iteration, decode/encode, join, hex, comparisons.
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(list(b), [chr(x) for x in b], sum(b))
for byte in b'AB':
    print(byte, hex(byte))
print(b'\x00\x01\xff', b'tab\there', b"quote'", b'dq"', rb'raw\n', b'\\')
s = 'héllo €'
e = s.encode()
print(e, len(s), len(e), e.decode(), e.decode('utf-8') == s)
print('abc'.encode('ascii'), bytes([72, 105]), bytes(3), bytes(range(65, 70)))
print(b'-'.join([b'a', b'b', b'c']), b''.join([b'x', b'yz']), b'a' + b'b', b'ab' * 3)
print(b.hex(), b'\x00\xff\x10'.hex(), bytes.fromhex('68 69'), b'abc'.hex('-'))
print(b.upper(), b.startswith(b'he'), b.find(b'l'), b.count(b'l'), b.replace(b'l', b'L'))
print(b.split(b'l'), b'  pad '.strip(), b'a,b'.split(b','), b'x' in b'xyz', 120 in b'xyz')
print(b == b'hello', b < b'help', b'' == bytes(), b'a' == 'a')
try:
    b[0] = 1
except TypeError as err:
    print('TypeError:', err)
try:
    b'\xff'.decode()
except UnicodeDecodeError as err:
    print('UnicodeDecodeError:', err)
try:
    b + 'str'
except TypeError as err:
    print('TypeError:', err)
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba))
print(repr(b'\n\r\x7f'), str(b'x'), b'%d-%s' % (5, b'ok'))
