# Exceptions from __init__, methods, properties and dunders propagate to the caller.
class Positive:
    def __init__(self, v):
        if v <= 0:
            raise ValueError(f'{v} is not positive')
        self.v = v
    @property
    def half(self):
        if self.v % 2:
            raise ArithmeticError('odd value')
        return self.v // 2
    def __getitem__(self, i):
        return [self.v][i]
    def __add__(self, other):
        return Positive(self.v + other.v)
    def __repr__(self):
        return f'Positive({self.v})'
made = []
for v in [3, 0, -2, 4]:
    try:
        made.append(Positive(v))
    except ValueError as e:
        print('init failed:', e)
print(made)
for p in made:
    try:
        print(p, 'half', p.half)
    except ArithmeticError as e:
        print(p, 'error', e)
try:
    made[0][1]
except IndexError as e:
    print('getitem:', e)
try:
    made[0] + Positive(-5)
except ValueError as e:
    print('add:', e)
class Broken:
    def __len__(self):
        return -1
try:
    len(Broken())
except ValueError as e:
    print('len:', e)
class BadRepr:
    def __repr__(self):
        raise RuntimeError('repr exploded')
try:
    print([BadRepr()])
except RuntimeError as e:
    print('repr:', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print('iter:', e)
