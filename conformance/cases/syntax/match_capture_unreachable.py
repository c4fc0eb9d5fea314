def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return "other"
        case 2:
            return "two"
