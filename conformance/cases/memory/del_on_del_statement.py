# __del__ runs the moment the last reference goes away (reference counting).
class Resource:
    def __init__(self, name):
        self.name = name
        print('open', name)

    def __del__(self):
        print('close', self.name)

r = Resource('a')
print('before del')
del r
print('after del')
r = Resource('b')
r = Resource('c')   # rebinding drops 'b'
print('rebound')
del r
