# A class without a docstring has __doc__ = None of its own: a base's docstring is not inherited
# (instances see the class's); with a metaclass too.
class A:
    "doc of A"


class B(A):
    pass


class M(type):
    pass


class C(metaclass=M):
    "doc of C"


class D(C):
    x = 1


print(A.__doc__, B.__doc__, A().__doc__, B().__doc__)
print('__doc__' in vars(A), '__doc__' in vars(B), vars(B)['__doc__'])
print(C.__doc__, D.__doc__, '__doc__' in vars(D))
print(sorted(k for k in vars(D) if k != '__dict__' and k != '__weakref__'))
B.__doc__ = 'set later'
print(B.__doc__, A.__doc__)
