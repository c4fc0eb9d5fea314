# del of names, list items, slices, dict keys and attributes.
x = 10
y = [1, 2, 3, 4, 5, 6, 7]
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
del y[0]
print(y)
del y[-1]
print(y)
del y[1:3]
print(y)
del y[::2]
print(y)
z = list(range(10))
del z[:]
print(z)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class Obj:
    cls_attr = 'c'
o = Obj()
o.a = 1
o.b = 2
del o.a
print(vars(o), hasattr(o, 'a'))
try:
    del o.cls_attr
except AttributeError as e:
    print('AttributeError:', e)
del Obj.cls_attr
print(hasattr(o, 'cls_attr'))
p, q, r = 1, 2, 3
del p, q
print(r, 'p' in dir(), 'r' in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
nums = [0, 1, 2, 3]
for i in range(2):
    del nums[0]
print(nums)
def f():
    local = 'here'
    del local
    return 'local deleted'
print(f())
