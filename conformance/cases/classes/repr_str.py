# __repr__ and __str__ used by print, str(), repr(), f-strings and containers.
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Both(' + repr(self.v) + ')'
    def __str__(self):
        return 'both:' + str(self.v)
class ReprOnly:
    def __repr__(self):
        return '<ReprOnly>'
class StrOnly:
    def __str__(self):
        return 'str-only'
b = Both('x')
print(b)
print(str(b), repr(b))
print(f'{b} {b!r} {b!s}')
print([b, Both(2)])
print((b,), {'k': b})
print({1: ReprOnly()})
r = ReprOnly()
print(r, str(r), f'{r}')
s = StrOnly()
print(s)
print(repr(s).startswith('<__main__.StrOnly object at 0x'))
print(str([s]).startswith('[<__main__.StrOnly object'))
print('%s and %r' % (b, b))
print('{} {!r}'.format(b, b))
print(str(b) + '!', len(repr(b)))
