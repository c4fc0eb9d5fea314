# global and nonlocal statements, shadowing, and scope of loop variables.
total = 0
names = []
def add(n):
    global total
    total += n
    names.append(n)
add(3)
add(4)
print(total, names)
def define_global():
    global created_later
    created_later = 'made inside a function'
define_global()
print(created_later)
x = 'global x'
def shadow():
    x = 'local x'
    return x
print(shadow(), x)
def read_global():
    return x.upper()
print(read_global())
def outer():
    x = 'enclosing'
    def use_global():
        global x
        return x
    def use_enclosing():
        return x
    return use_global(), use_enclosing()
print(outer())
for i in range(3):
    pass
print('loop var after loop:', i)
squares = [j * j for j in range(4)]
try:
    print(j)
except NameError as e:
    print('comprehension var is local:', e)
def counter():
    global total
    for _ in range(5):
        total += 1
counter()
print(total)
def rebind_param(lst):
    lst.append('mutated')
    lst = ['rebound']
    return lst
data = ['orig']
print(rebind_param(data), data)
