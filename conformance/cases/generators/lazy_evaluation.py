# Generators run only as far as requested; interleaving two generators shows the order.
def produce(name, n):
    for i in range(n):
        print(f'  {name} produces {i}')
        yield i
    print(f'  {name} exhausted')
a = produce('A', 2)
b = produce('B', 3)
print('zip:')
for pair in zip(a, b):
    print('pair', pair)
print('after zip')
print(next(b, 'b has more?'))
print('map/filter are lazy too:')
m = map(lambda x: x * 10, produce('M', 3))
print('map created')
print(next(m))
f = filter(lambda x: x % 2, produce('F', 4))
print(list(f))
def gen_side():
    print('gen body starts')
    yield 1
g = gen_side()
print('before first next')
print(next(g))
print('any short-circuits:')
print(any(x > 0 for x in produce('ANY', 5)))
print('enumerate:')
for i, v in enumerate(produce('E', 2), start=1):
    print(i, v)
