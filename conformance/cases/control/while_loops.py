# while with break, continue and else.
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
else:
    print('no break')
print('i =', i)
n = 0
while n < 3:
    print('n', n)
    n += 1
else:
    print('else ran, n =', n)
k = 10
while k > 0:
    k -= 3
print(k)
while False:
    print('never')
else:
    print('else of a loop that never ran')
found = None
candidates = [4, 6, 9, 10]
idx = 0
while idx < len(candidates):
    if candidates[idx] % 3 == 0 and candidates[idx] % 2 == 1:
        found = candidates[idx]
        break
    idx += 1
else:
    found = 'nothing'
print(found)
