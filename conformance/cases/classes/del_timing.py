# backend: refcount, generational, incremental
# __del__ runs as soon as the last reference goes away (del, rebinding, function exit).
class Res:
    def __init__(self, name):
        self.name = name
        print('open', name)
    def __del__(self):
        print('close', self.name)
a = Res('a')
print('before del')
del a
print('after del')
b = Res('b1')
b = Res('b2')
print('after rebind')
del b
print('b gone')
def use():
    r = Res('local')
    print('in function')
use()
print('after function')
x = Res('shared')
y = x
del x
print('one ref left')
y = None
print('all refs gone')
lst = [Res('l1'), Res('l2')]
lst.pop(0)
print('popped')
lst.clear()
print('cleared')
d = {'k': Res('dictval')}
d['k'] = 1
print('replaced')
def make():
    return Res('temp')
make()
print('temp discarded')
print(make().name)
print('end')
