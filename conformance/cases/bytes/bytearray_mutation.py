# bytearray mutators: item and slice assignment, deletion, append/extend/pop/insert/remove/clear/reverse/copy.
b = bytearray(b'hello')
b[0] = 72
b[-1] = ord('!')
print(b)
b[1:3] = b'EY'
print(b)
b[1:3] = b'abcdef'
print(b)
b[1:7] = b''
print(b)
b[0:0] = [1, 2, 3]
print(b)
b[::2] = b'xyz'
print(b)
del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
b[:] = bytearray(b'reset')
b[len(b):] = b
print(b, len(b))
b.append(33)
b.insert(0, 62)
b.insert(100, 60)
b.insert(-100, 40)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord('e'))
print(b)
b.extend(b' and ')
b.extend([116, 104, 101, 110])
b.extend(range(48, 51))
b.extend(x for x in b'!?')
b.extend(bytearray(b'.'))
print(b)
c = b.copy()
c.reverse()
print(c, b == c, c.copy() == c, c.copy() is c)
b.clear()
print(b, len(b), c[:3])
c[2:5] = c[5:2:-1]
print(c)
e = bytearray(b'xyz')
e.extend(e)
e[0:1] = e
print(e)
