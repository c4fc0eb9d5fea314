# send() passes values into a generator; the first send must be None.
def accumulator():
    total = 0
    while True:
        value = yield total
        print('received', value)
        if value is None:
            break
        total += value
    yield 'final ' + str(total)
acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(acc.send(None))
try:
    acc.send(1)
except StopIteration:
    print('done')
g = accumulator()
try:
    g.send(3)
except TypeError as e:
    print('TypeError:', e)
print(g.send(None))
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
e = echo()
print(next(e), e.send('a'), e.send('b'))
try:
    e.send('c')
except StopIteration as stop:
    print('returned', stop.value)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 60]])
