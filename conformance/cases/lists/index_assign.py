# Item assignment, negative indexes, swaps and in-place updates.
a = [0] * 5
for i in range(5):
    a[i] = i * 10
print(a)
a[-1] = 'last'
a[-5] = 'first'
print(a)
a[1], a[3] = a[3], a[1]
print(a)
b = [[0, 0], [0, 0]]
b[0][1] = 1
b[1][0] += 5
b[1][1] -= 2
print(b)
c = [1, 2, 3]
for i in range(len(c)):
    c[i] *= 2
print(c)
c[1] += 0.5
c[2] **= 2
print(c)
d = ['a']
d[0] += 'b'
print(d)
