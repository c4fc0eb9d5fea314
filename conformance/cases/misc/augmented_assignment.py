# Augmented assignment on names, subscripts and attributes; evaluation happens once.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
f = 7.0
f /= 2; f -= 0.5
print(f)
b = 0b1100
b &= 0b1010; b |= 0b0001; b ^= 0b1111; b <<= 2; b >>= 1
print(b, bin(b))
s = 'ab'
s += 'cd'; s *= 2
print(s)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 3
print(lst)
d = {'k': 1}
d['k'] += 1
d.setdefault('n', []).append(1)
d['n'] += [2]
print(d)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
class P:
    def __init__(self):
        self.v = 1
p = P()
p.v += 41
print(p.v)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print('TypeError:', e, t)
m = [[0] * 2 for _ in range(2)]
m[0][1] += 5
print(m)
