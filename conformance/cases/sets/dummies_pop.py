# Deleted slots (dummies) are reused by later additions; pop() takes from its finger onwards.
s = {1, 2, 3, 4, 5}
s.discard(3)
s.add(11)  # 11 & 7 == 3: the dummy left by 3 is on its way
print(s)
s.remove(1)
s.add(9)
s.add(17)
print(s, len(s))
t = set(range(20))
for i in range(0, 20, 3):
    t.discard(i)
t.update([40, 41, 42, 3, 6])
print(t)
p = set(range(10, 0, -1))
print([p.pop() for _ in range(4)], p)
p.add(1)
p.add(100)
print(p.pop(), p.pop(), p)
q = {8, 16, 24, 32}
print(q.pop(), q)
q.add(8)
print(q.pop(), q.pop(), q)
r = set(range(50))
while len(r) > 5:
    r.pop()
print(r)
r.clear()
r.update([5, 3, 1])
print(r, r.pop(), r)
u = set(range(100))
for i in range(95):
    u.discard(i)
print(u)
u.difference_update({96})
print(u)
v = set(range(30))
v -= set(range(25))
print(v)
