# getattr/setattr/hasattr/delattr and the instance __dict__.
class Config:
    debug = False
    def __init__(self):
        self.name = 'app'
        self.port = 8080
c = Config()
print(getattr(c, 'name'), getattr(c, 'debug'), getattr(c, 'missing', 'default'))
setattr(c, 'port', 9000)
setattr(c, 'new_attr', [1, 2])
print(c.port, c.new_attr)
print(hasattr(c, 'port'), hasattr(c, 'debug'), hasattr(c, 'nope'))
print(c.__dict__)
delattr(c, 'new_attr')
print(hasattr(c, 'new_attr'), c.__dict__)
try:
    getattr(c, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(c, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    c.other
except AttributeError as e:
    print('AttributeError:', e)
for field in ['name', 'port', 'debug']:
    print(field, '=', getattr(c, field))
c.__dict__['direct'] = 'via dict'
print(c.direct)
print(sorted(vars(c).keys()))
method = getattr(c, '__init__')
print(callable(method))
setattr(Config, 'debug', True)
print(c.debug, Config().debug)
print(getattr(Config, '__name__'), getattr(5, 'real'), getattr('abc', 'upper')())
