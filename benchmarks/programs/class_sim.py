# cycles: none
# A class-heavy simulation: agents of several kinds (inheritance, super(), properties,
# classmethods, operator overloading on a small Vector class, __eq__/__hash__, exceptions for
# control flow) move on a torus, eat, trade and reproduce. Many short-lived instances (vectors)
# and method calls through the MRO.
import random


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def wrap(self, size):
        return Vector(self.x % size, self.y % size)

    def manhattan(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)


class Starved(Exception):
    pass


class Agent:
    next_id = 0
    speed = 1

    def __init__(self, position, energy):
        self.position = position
        self._energy = energy
        self.ident = Agent.next_id
        Agent.next_id += 1
        self.age = 0

    @property
    def energy(self):
        return self._energy

    @energy.setter
    def energy(self, value):
        if value <= 0:
            raise Starved(self.ident)
        self._energy = value

    @classmethod
    def spawn(cls, rng, size):
        return cls(Vector(rng.randrange(size), rng.randrange(size)), 20)

    def step(self, world):
        self.age += 1
        direction = world.directions[world.rng.randrange(4)]
        self.position = (self.position + direction * self.speed).wrap(world.size)
        self.energy = self.energy - self.cost()

    def cost(self):
        return 1

    def describe(self):
        return f"{type(self).__name__}#{self.ident}"


class Grazer(Agent):
    def step(self, world):
        super().step(world)
        food = world.food.get(self.position, 0)
        if food:
            world.food[self.position] = food - 1
            self.energy = self.energy + 4


class Hunter(Agent):
    speed = 2

    def cost(self):
        return 1

    def step(self, world):
        super().step(world)
        prey = world.occupants.get(self.position)
        if prey is not None and isinstance(prey, Grazer) and prey.energy > 0:
            world.eaten.add(prey.ident)
            self.energy = self.energy + prey.energy * 2 // 3


class Trader(Grazer):
    def __init__(self, position, energy):
        super().__init__(position, energy)
        self.goods = 0

    def step(self, world):
        super().step(world)
        if self.age % 5 == 0:
            self.goods += 1
        if self.goods > 3 and self.energy < 30:
            self.goods -= 3
            self.energy = self.energy + 6


class World:
    directions = (Vector(1, 0), Vector(-1, 0), Vector(0, 1), Vector(0, -1))

    def __init__(self, seed, size):
        self.rng = random.Random(seed)
        self.size = size
        self.food = {}
        self.occupants = {}
        self.eaten = set()
        self.agents = []
        for kind, count in ((Grazer, 260), (Hunter, 40), (Trader, 100)):
            self.agents.extend(kind.spawn(self.rng, size) for _ in range(count))

    def grow(self):
        for _ in range(self.size * 2):
            p = Vector(self.rng.randrange(self.size), self.rng.randrange(self.size))
            self.food[p] = self.food.get(p, 0) + 1

    def tick(self):
        self.grow()
        self.occupants = {a.position: a for a in self.agents}
        self.eaten = set()
        survivors = []
        births = []
        deaths = 0
        for agent in self.agents:
            if agent.ident in self.eaten:
                deaths += 1
                continue
            try:
                agent.step(self)
            except Starved:
                deaths += 1
                continue
            survivors.append(agent)
            if agent.energy > 40:
                agent.energy = agent.energy - 20
                births.append(type(agent)(agent.position, 20))
        self.agents = [a for a in survivors if a.ident not in self.eaten] + births
        return deaths, len(births)


def main():
    Agent.next_id = 0
    world = World(42, 60)
    total_deaths = 0
    total_births = 0
    for t in range(450):
        deaths, births = world.tick()
        total_deaths += deaths
        total_births += births
    census = {}
    for a in world.agents:
        census[type(a).__name__] = census.get(type(a).__name__, 0) + 1
    print("population", len(world.agents), sorted(census.items()))
    print("deaths", total_deaths, "births", total_births)
    oldest = max(world.agents, key=lambda a: (a.age, -a.ident))
    print("oldest", oldest.describe(), oldest.age)
    checksum = (sum(a.energy * (a.ident % 97) for a in world.agents) + total_deaths * 7 + total_births) % 1000000007
    print("checksum", checksum)


main()
