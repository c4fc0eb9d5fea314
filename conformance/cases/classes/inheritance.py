# Single inheritance, method overriding and attribute lookup through base classes.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'

class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog'

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'

class Cat(Animal):
    sound = 'meow'

for a in [Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom')]:
    print(type(a).__name__, a.speak(), a.kind())
p = Puppy('x')
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(issubclass(Cat, (Dog, Animal)), isinstance(p, (int, Cat)))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print(issubclass(Animal, object), isinstance(3, object))
print([c.__name__ for c in Puppy.__mro__])
