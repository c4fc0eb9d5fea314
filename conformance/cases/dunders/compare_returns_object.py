# A Python-level comparison's result is returned as is by the operator (not made a bool);
# containers, `in`, `not` and the default __ne__ take its truth.
class A:
    def __eq__(self, other):
        return 'yes'

    def __lt__(self, other):
        return [1]

    def __ne__(self, other):
        return 0


class E:
    def __eq__(self, other):
        return ''


class Falsy:
    def __bool__(self):
        raise ValueError('no truth')


class G:
    def __eq__(self, other):
        return Falsy()


print(A() == 1, 1 == A(), A() < 2, A() != 3, 2 > A())
print([A()] == [A()], A() in [1], [1] == A(), (A(),) == (A(),))
print(E() == 1, E() != 1, not (E() == 1), E() in [1])
r = G() == 1
print(type(r).__name__)
try:
    print(G() in [1])
except ValueError as e:
    print('ValueError:', e)
x = A()
print(x == x, x is x, 1 < A() if False else 'skip')
