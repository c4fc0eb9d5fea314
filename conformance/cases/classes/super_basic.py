# super() with zero arguments in __init__ and in other methods.
class Base:
    def __init__(self, value):
        self.value = value
        print('Base.__init__', value)
    def show(self):
        return 'Base(' + str(self.value) + ')'
    def total(self):
        return self.value

class Child(Base):
    def __init__(self, value, extra):
        print('Child.__init__ start')
        super().__init__(value)
        self.extra = extra
        print('Child.__init__ end')
    def show(self):
        return 'Child[' + super().show() + ']'
    def total(self):
        return super().total() + self.extra

class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)
    def show(self):
        return 'GC<' + super().show() + '>'
    def total(self):
        return super(Child, self).total() * 100

c = Child(10, 5)
print(c.show(), c.total())
g = GrandChild()
print(g.show(), g.total())
print(g.value, g.extra)
