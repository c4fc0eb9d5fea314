match (1, 2):
    case (a, 0) | (0, b):
        pass
