# A class attribute lives as long as the class holds it: rebinding or `del C.attr` frees it at once.
# refcount: same as CPython; deleting the class itself frees nothing (classes sit in cycles), so it is not shown.
# pymalloc: no __del__ runs; only progress lines print.
class Pool:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('free', self.name)

class Service:
    pool = Pool('class-level')

s = Service()
print('instance reads', s.pool.name)
s.pool = Pool('instance-level')
print('instance shadows the class attribute')
del s.pool
print('instance attribute deleted, class one back:', s.pool.name)
Service.pool = Pool('replacement')
print('class attribute rebound')
del Service.pool
print('class attribute deleted')
print(hasattr(s, 'pool'))
