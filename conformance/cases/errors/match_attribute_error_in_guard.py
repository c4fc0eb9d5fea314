# An exception in a guard propagates with the guard's line; an AttributeError raised while
# reading a class pattern's attribute does not (it just fails the match).
class Box:
    @property
    def content(self):
        raise AttributeError("empty box")

match Box():
    case Box(content=c):
        print("unreachable", c)
    case Box() as b if b.size > 0:
        print("unreachable")
