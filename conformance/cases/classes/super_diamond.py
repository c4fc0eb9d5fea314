# super() in a diamond: each class in the MRO runs exactly once.
class Root:
    def __init__(self):
        print('Root')
        self.trail = ['Root']
    def hello(self):
        return ['Root']
class Left(Root):
    def __init__(self):
        print('Left before')
        super().__init__()
        self.trail.append('Left')
    def hello(self):
        return ['Left'] + super().hello()
class Right(Root):
    def __init__(self):
        print('Right before')
        super().__init__()
        self.trail.append('Right')
    def hello(self):
        return ['Right'] + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        print('Bottom before')
        super().__init__()
        self.trail.append('Bottom')
    def hello(self):
        return ['Bottom'] + super().hello()
b = Bottom()
print(b.trail)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(Left().hello())
class Mixin:
    def greet(self):
        return 'mixin+' + super().greet()
class Greeter:
    def greet(self):
        return 'greeter'
class Both(Mixin, Greeter):
    pass
print(Both().greet())
