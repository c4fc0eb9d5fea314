# int, str, ... match their one positional sub-pattern against the whole subject; two is too many.
match 5:
    case int(x):
        print("int", x)

match "text":
    case str(a, b):
        print("unreachable")
