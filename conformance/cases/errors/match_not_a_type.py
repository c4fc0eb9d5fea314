# A class pattern's name must be a class: checked when the case is tried (TypeError).
def make_point():
    return (1, 2)

def describe(p):
    match p:
        case [1, 3]:
            return "no"
        case make_point():
            return "called?"

print("start")
print(describe((1, 2)))
