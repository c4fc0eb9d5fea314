# bytearray: constructors, repr, indexing, slicing, len, iteration, in, comparison with bytes.
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([65, 66, 67]), bytearray(range(3)))
print(bytearray('héllo', 'utf-8'), bytearray('abc', encoding='ascii'), bytearray(b''), bytearray(0))
ba = bytearray(b'hello world')
print(ba, repr(ba), str(ba), len(ba), type(ba).__name__)
print(ba[0], ba[-1], type(ba[0]).__name__, ba[1:4], ba[::-1], ba[::2], ba[100:], type(ba[1:2]).__name__)
print(list(bytearray(b'AB')), [hex(b) for b in bytearray(b'\x00\x7f\xff')], sum(ba), max(ba), min(ba))
print(b'wor' in ba, bytearray(b'lo') in ba, 104 in ba, 120 in ba, b'' in ba, b'xyz' in ba)
print(ba == b'hello world', b'hello world' == ba, ba == bytearray(b'hello world'), ba != b'x', ba == 'hello world')
print(bytearray(b'a') < b'b', b'b' > bytearray(b'a'), bytearray(b'ab') <= bytearray(b'ab'), bytearray(b'abc') > b'ab')
print(bool(bytearray()), bool(bytearray(b'\x00')), isinstance(ba, bytearray), isinstance(ba, bytes))
print(bytes(ba), bytes(ba) == ba, type(bytes(ba)).__name__, bytearray(bytes(ba)) == ba, bytearray(ba) is ba)
print(repr(bytearray(b'\n\r\t\x00\'"\\')), repr(bytearray(b"it's")), bytearray(b'\x80\xfe'))
it = iter(bytearray(b'xy'))
print(next(it), next(it), next(it, 'done'))
print(sorted(bytearray(b'cab')), list(reversed(list(bytearray(b'abc')))), bytearray(b'abc').hex())
print(dict.fromkeys(bytearray(b'aba')), set(bytearray(b'hello')) == set(b'hello'))
for b in bytearray(b'hi'):
    print(b, chr(b))
x = bytearray(b'abc')
y = x
x += b'def'
print(x, y, x is y)
y *= 2
print(x, x is y)
print(x + b'!', b'!' + x, type(b'!' + x).__name__, x * 0, 2 * bytearray(b'ab'), bytearray(b'ab') * -1)
print(ord(b'a'), ord(bytearray(b'z')), chr(ord(bytearray(b'A')[0:1])))
