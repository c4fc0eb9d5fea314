# Traceback through a generator, a comprehension and a lambda.
def numbers():
    yield 1
    yield 2
    yield 0
def inverses():
    for n in numbers():
        yield 10 // n
transform = lambda seq: [x + 1 for x in seq]
print(transform([1, 2]))
print(transform(inverses()))
