from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
print(d.maxlen)
d.appendleft('L')
print(d)
d.extend('abcd')
print(d)
d.extendleft([1, 2])
print(d)
print(deque(range(10), maxlen=2), deque('ab', maxlen=0), deque('abc', 5))
try:
    d.insert(0, 'x')
except IndexError as e:
    print('IndexError:', e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    d.maxlen = 5
except AttributeError:
    print('AttributeError')
last3 = deque(maxlen=3)
for line in ['a', 'b', 'c', 'd', 'e']:
    last3.append(line)
print(list(last3), deque([1, 2], maxlen=3) + deque([3, 4]))
