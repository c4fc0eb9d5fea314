# f-string conversions !r !s !a and the = debug specifier.
s = "it's"
n = 3.0
items = [1, 'two']
print(f'{s} {s!r} {s!s} {items} {items!r}')
t = 'a\tb'
print(f'{t!r} {"café"!a} {"café"!r}')
print(f'{s=}')
print(f'{n=} {items=}')
print(f'{n = }')
print(f'{1 + 2=}')
print(f'{s=!s} {n=:.2f} {n=!r:>8}')
print(f'{len(items)=}, {items[0]=}')
class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'a P'
    def __format__(self, spec):
        return 'P formatted with ' + repr(spec)
p = P()
print(f'{p} {p!s} {p!r} {p:xyz} {p=}')
print(f'{p!s:>6}|{p!r:<5}|')
print(format(p, 'abc'), '{:q}'.format(p), str(p), repr(p))
x = None
print(f'{x} {x!r} {x=} {True=} {[]=}')
