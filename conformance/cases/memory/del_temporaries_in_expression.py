# Temporaries in an expression die as soon as the expression no longer needs them.
# refcount: same as CPython.
# pymalloc: temporaries are never freed; only the values print.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other.v)

    def __del__(self):
        print('  free Num', self.v)

print('sum:')
total = Num(1) + Num(2) + Num(4)
print('total', total.v)
print('attribute of a temporary:')
print(Num(10).v)
print('temporary in a condition:')
if Num(7).v > 5:
    print('  branch taken')
print('call argument:')
print(len(str(Num(99).v)))
del total
print('end')
