from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max(a, b), min(a, b))

@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v
print(Score(1) < Score(2), Score(3) <= Score(2), Score(2) >= Score(2))

@total_ordering
class Weird:
    def __le__(self, other):
        return True
print(Weird() >= Weird(), Weird() < Weird())

try:
    total_ordering(type('Empty', (), {}))
except ValueError as e:
    print('ValueError:', e)
try:
    a < 5
except TypeError as e:
    print('TypeError:', e)
