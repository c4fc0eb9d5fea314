# __call__ makes instances callable; __bool__ and __len__ drive truthiness.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, scale=1):
        self.calls += 1
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(2, scale=10), add5.calls)
print(list(map(add5, [0, 1, 2])), add5.calls)
print(callable(add5), callable(5), callable(Adder), callable(print))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print('bool called')
        return self.on
print(bool(Flag(True)), bool(Flag(False)))
if Flag(False):
    print('yes')
else:
    print('no')
print(not Flag(True))
print(Flag(False) or 'fallback')
r = Flag(True) and 'second'
print(r)
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(3)))
while Sized(0):
    print('never')
print([x.n for x in [Sized(0), Sized(2), Sized(1)] if x])
class Plain:
    pass
print(bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
