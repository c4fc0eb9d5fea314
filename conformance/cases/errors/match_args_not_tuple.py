# __match_args__ must be a tuple: a list is refused when a positional sub-pattern needs it.
class Row:
    __match_args__ = ["a", "b"]
    def __init__(self):
        self.a = 1
        self.b = 2

match Row():
    case Row(a=1):
        print("keywords never look at __match_args__")

match Row():
    case Row(1, 2):
        print("unreachable")
