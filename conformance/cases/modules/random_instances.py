# Independent Random instances, getstate/setstate.
import random
a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
c = random.Random("seed")
print([c.randrange(3) for _ in range(10)])
state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)], len(state), state[0], len(state[1]))
random.seed(99)
s = random.getstate()
x = random.random()
random.setstate(s)
print(x == random.random())
a.seed(12)
print(a.random())
