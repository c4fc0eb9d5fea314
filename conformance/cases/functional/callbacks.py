# Callbacks: an event dispatcher storing closures, bound methods and lambdas.
class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args):
        results = []
        for fn in self.handlers.get(event, []):
            results.append(fn(*args))
        return results
bus = Dispatcher()
log = []
@bus.on('greet')
def hello(name):
    return 'hello ' + name
@bus.on('greet')
def shout(name):
    return name.upper()
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, *args):
        self.n += 1
        return self.n
c = Counter()
bus.on('greet')(c.bump)
bus.on('log')(log.append)
bus.on('log')(lambda msg: len(msg))
print(bus.emit('greet', 'ann'))
print(bus.emit('greet', 'bob'))
print(bus.emit('log', 'first'), bus.emit('log', 'second'))
print(log, c.n, bus.emit('missing'))
def make_handler(prefix):
    count = 0
    def handler(x):
        nonlocal count
        count += 1
        return f'{prefix}{count}:{x}'
    return handler
for p in ['a', 'b']:
    bus.on('multi')(make_handler(p))
print(bus.emit('multi', 'x'), bus.emit('multi', 'y'))
print(sorted(bus.handlers), [len(v) for k, v in sorted(bus.handlers.items())])
