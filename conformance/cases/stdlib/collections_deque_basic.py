from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
print(d[0], d[-1], d[2])
d[0] = 'z'
print(d, 'z' in d, 'q' in d)
del d[1]
print(d)
d.insert(1, 'ins')
print(d, d.index(7), d.count(2))
d.remove('ins')
d.reverse()
print(d, list(reversed(d)))
print(deque(), deque('abc'), deque(range(3)))
d.clear()
print(d, bool(d), bool(deque([0])))
e = deque([1, 2])
e.extend(e)
print(e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('x'))
f = deque([1])
f += [2, 3]
f *= 2
print(f, f.copy(), f.copy() is f)
for x in deque([10, 20]):
    print(x, end=' ')
print()
