# Nested lists and their repr, including self-references.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m)
print(m[1], m[1][2], m[-1][-1], len(m), len(m[0]))
m[1][1] = [0, [0, ['deep']]]
print(m)
print(m[1][1][1][1][0])
a = []
a.append(a)
print(a)
print(len(a), a[0] is a)
b = [1, 2]
b.append(b)
print(b)
c = [1, [2, [3]]]
c[1][1].append(c)
print(c)
d = [b, b]
print(d)
x = [[]]
x[0].append(x)
print(x)
e = {'list': []}
e['list'].append(e)
print(e)
