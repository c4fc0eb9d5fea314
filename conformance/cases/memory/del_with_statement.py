# A context manager lives as long as the with-statement needs it; `as` binds __enter__'s result.
# refcount: same as CPython.
# pymalloc: no __del__ runs; enter/exit lines still print.
class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return 'token-' + self.name

    def __exit__(self, *exc):
        print('exit', self.name)
        return False

    def __del__(self):
        print('free', self.name)

with Managed('anonymous') as tok:
    print('body', tok)
print('after first with')

with Managed('bound') as tok:
    pass
print('token kept:', tok)

class Self(Managed):
    def __enter__(self):
        print('enter', self.name)
        return self

with Self('self-returning') as m:
    print('body', m.name)
print('still bound after with')
del m
print('end')
