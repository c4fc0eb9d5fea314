# __getattr__ is only consulted when normal lookup fails.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
class Target:
    x = 1
    def hello(self):
        return 'hello from target'
p = Proxy(Target())
print(p.x, p.hello(), p.log)
print(p.target.x, p.log)
try:
    p.nothing
except AttributeError as e:
    print('AttributeError:', e)
print(p.log)
class Default:
    known = 'k'
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:].upper()
        raise AttributeError(f'no {name} here')
d = Default()
print(d.known, d.get_thing(), d.get_x())
try:
    d.other
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(d, 'get_ok'), hasattr(d, 'zzz'))
print(getattr(d, 'zzz', 'fallback'))
class Recorder:
    def __init__(self):
        object.__setattr__(self, 'writes', [])
    def __setattr__(self, name, value):
        self.writes.append((name, value))
        object.__setattr__(self, name, value)
r = Recorder()
r.a = 1
r.b = 'two'
r.a = 3
print(r.a, r.b, r.writes)
