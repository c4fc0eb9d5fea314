# More positional sub-patterns than __match_args__ names.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def check(p):
    match p:
        case Point(x, y, z):
            return x

print(check(Point(0, 1)))
