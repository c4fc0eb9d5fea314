match [1]:
    case *rest:
        pass
