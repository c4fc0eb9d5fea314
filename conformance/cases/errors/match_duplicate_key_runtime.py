# Value-pattern keys that turn out equal at run time: ValueError from MATCH_KEYS.
class Keys:
    A = "k"
    B = "k"

def look(d):
    match d:
        case {Keys.A: 1, Keys.B: 2}:
            return "both"
    return "none"

print(look({}))
print(look({"k": 1}))
