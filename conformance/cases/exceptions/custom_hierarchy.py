# Custom exception hierarchies with args, str(), extra attributes and except ordering.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, where='db'):
        super().__init__(what, where)
        self.what = what
        self.where = where
    def __str__(self):
        return f'{self.what} not found in {self.where}'
class Forbidden(AppError):
    code = 403
class Fatal(Exception):
    pass
def act(n):
    if n == 0:
        raise NotFound('user')
    if n == 1:
        raise Forbidden('nope', 42)
    if n == 2:
        raise AppError()
    if n == 3:
        raise Fatal('boom')
    return 'fine'
for n in range(5):
    try:
        print(act(n))
    except NotFound as e:
        print('NotFound:', e, e.args, e.what, repr(e))
    except AppError as e:
        print(type(e).__name__, e.args, str(e), repr(e), getattr(e, 'code', None))
    except Exception as e:
        print('generic', type(e).__name__, e)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(Fatal, AppError))
print(issubclass(AppError, BaseException), isinstance(NotFound('x'), AppError))
print([c.__name__ for c in NotFound.__mro__])
class WithMsg(Exception):
    def __init__(self, msg):
        self.msg = msg
e = WithMsg('hello')
print(e.args, str(e), repr(e))
class Plain(Exception):
    pass
print(str(Plain()), repr(Plain()), str(Plain('a')), repr(Plain('a', 1)))
print(str(Plain(5)), str(Plain([1, 2])))
