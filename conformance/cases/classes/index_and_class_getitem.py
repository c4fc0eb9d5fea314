# __index__ makes an object usable as a sequence index; __class_getitem__ and __init_subclass__
# are implicit classmethods.
class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print([10, 20, 30][I(1)], 'abc'[I(2)], (5, 6)[I(0)], [1, 2, 3][I(1):], 'hello'[I(1):I(3)])


class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'


print(Box[int], type(Box.__dict__['__class_getitem__']).__name__)


class Plugin:
    def __init_subclass__(cls, **kw):
        print('registered', cls.__name__, kw)


class CsvPlugin(Plugin, fmt='csv'):
    pass


print(type(Plugin.__dict__['__init_subclass__']).__name__)
