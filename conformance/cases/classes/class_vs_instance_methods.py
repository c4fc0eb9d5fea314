# Bound vs plain functions: methods stored on instances, functions as class attributes.
class Greeter:
    greeting = 'hi'
    def greet(self, name):
        return self.greeting + ' ' + name
g = Greeter()
bound = g.greet
print(bound('ann'))
print(Greeter.greet(g, 'bob'))
g.greeting = 'hello'
print(bound('cid'))
def shout(self, name):
    return name.upper() + '!'
Greeter.shout = shout
print(g.shout('dee'))
g.plain = lambda name: 'plain ' + name
print(g.plain('eve'))
print(type(bound).__name__, type(Greeter.greet).__name__)
print(bound.__self__ is g, bound.__func__ is Greeter.greet)
ops = [g.greet, g.shout, str.upper]
print([f('x') for f in ops])
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
c.inc().inc().inc()
print(c.n)
incs = [c.inc for _ in range(4)]
for f in incs:
    f()
print(c.n)
print(list(map(Greeter.greet, [g, g], ['a', 'b'])))
