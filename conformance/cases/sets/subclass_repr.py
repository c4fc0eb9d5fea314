# A set or frozenset subclass's repr names the subclass (set_repr), empty and self-containing too;
# a subclass with its own __repr__ keeps it; str() and format() follow repr.
class S(set):
    pass


class F(frozenset):
    pass


class T(S):
    pass


class R(set):
    def __repr__(self):
        return 'R!'


print(S([2]), S(), F([1]), F(), T([3]))
print(repr(S([1])), str(F([5])), f"{S([7])}", format(S([8])))
print([S([1])], (F([2]),), {'k': S()})
print(R([1]), set([1]), frozenset([2]), set(), frozenset())

x = S()


class Holder:
    def __repr__(self):
        return repr(x)

    def __hash__(self):
        return 1


x.add(Holder())
print(x)
