# Decorators without and with arguments, stacked, preserving the wrapped behaviour.
def logged(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('return', result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
def repeat(times):
    return lambda fn: lambda *args: [fn(*args) for _ in range(times)]
bold = lambda fn: lambda *a: '<b>' + fn(*a) + '</b>'
italic = lambda fn: lambda *a: '<i>' + fn(*a) + '</i>'
@logged
def add(a, b=2):
    return a + b
add(1)
add(1, b=5)
print(add.__name__)
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('ann'))
@bold
@italic
def text(s):
    return s
print(text('stacked'))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register('double')
def double(x):
    return x * 2
register('neg')(lambda x: -x)
print(sorted(registry), registry['double'](21), double(4), registry['neg'](3))
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop():
    pass
noop(); noop(); noop(); noop()
print(noop.calls)
def method_deco(fn):
    def wrapper(self, *a):
        return 'wrapped ' + fn(self, *a)
    return wrapper
class C:
    @method_deco
    def m(self, x): return 'm(' + str(x) + ')'
print(C().m(7))
