# Generators capturing closures and loop variables; generators returned from functions.
def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * j for j in range(3)))
    return gens
print([list(g) for g in make_gens()])
def make_gens_fixed():
    def one(i):
        return (i * j for j in range(3))
    return [one(i) for i in range(3)]
print([list(g) for g in make_gens_fixed()])
def counter_factory(step):
    def gen(start):
        n = start
        while n < start + 3 * step:
            yield n
            n += step
    return gen
by2 = counter_factory(2)
by5 = counter_factory(5)
print(list(by2(0)), list(by5(100)))
def outer():
    total = 0
    def add_all(xs):
        nonlocal total
        for x in xs:
            total += x
            yield total
    print(list(add_all([1, 2, 3])))
    print(list(add_all([10])))
    return total
print(outer())
gens = {name: (name * k for k in range(1, 3)) for name in ['x', 'y']}
print({k: list(v) for k, v in gens.items()})
