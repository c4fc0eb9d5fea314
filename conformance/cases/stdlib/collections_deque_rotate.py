from collections import deque

d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(13)
print(d)
d.rotate(0)
print(d)
e = deque()
e.rotate(5)
print(e)
# sliding window / round robin
def window_sums(xs, k):
    win = deque(maxlen=k)
    out = []
    for x in xs:
        win.append(x)
        if len(win) == k:
            out.append(sum(win))
    return out
print(window_sums([1, 2, 3, 4, 5, 6], 3))
q = deque([('a', 3), ('b', 1), ('c', 2)])
order = []
while q:
    name, left = q.popleft()
    order.append(name)
    if left > 1:
        q.append((name, left - 1))
print(order)
