import os.path
import a.b.c as d
from .. import x as y, z
from m import *
x = [1, 2, 3]
t = (1, 'a', None, -2.5)
s = {1, 2, *x}
dd = {'a': 1, 'b': 2, **{}, 'c': 3}
a, *b, c = x
(p, q), r = (1, 2), 3
x[1:2] = [5]
x[::2]
x[1, 2:3]
del x[0], t
o.attr += 1
x[0] *= 2
n = 0
n //= 3
print(*x, sep='', **dd)
f(a, *b, c, k=1, **d)
o.m(1, 2)
o.m(k=1)
print(a if b else c)
print(a and b or not c)
print(1 < a <= 3 != b)
if a < b < c: pass
if x is None or y is not None: pass
while n < 10:
    n += 1
    if n == 5: continue
    if n == 7: break
else:
    print('done')
while True:
    break
assert x, 'msg'
assert y
print(f'{x}', f'a{b!s}c{d:{e}}')
g = (i * 2 for i in range(10) if i % 2)
l = [i + j for i in range(3) for j in range(i)]
sc = {i for i in x}
dc = {k: v for k, v in dd.items()}
lam = lambda a, b=2, *c, d, **e: a + b
if (w := len(x)) > 2: print(w)
raise ValueError('x') from None
