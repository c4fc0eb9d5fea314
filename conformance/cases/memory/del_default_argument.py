# A default argument value lives in the function object; it dies with the function.
# refcount: same as CPython.
# pymalloc: the default is never freed.
class Config:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('free', self.name)

def connect(cfg=Config('default')):
    return cfg.name

print(connect())
print(connect(Config('explicit')))
print('redefine connect')
def connect(cfg=Config('second default')):
    return cfg.name
print(connect())
del connect
print('end')
