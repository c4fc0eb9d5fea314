# Slicing lists, with steps and negative indices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[::-1], a[8:1:-3])
print(a[5:2], a[20:], a[-20:2], a[::-4])
c = a[:]
c[0] = 99
print(a[0], c[0])
a[2:5] = ['x', 'y', 'z', 'w']
print(a)
a[1:3] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = ['E'] * len(a[::2])
print(a)
a[-1:] = 'st'
print(a)
del a[1:4]
print(a)
del a[::3]
print(a)
b = [1, 2, 3, 4, 5, 6]
b[1::2] = [20, 40, 60]
print(b)
b[4:1:-1] = ['c', 'b', 'a']
print(b)
b[:] = []
print(b)
