# StopIteration semantics: return value, StopIteration inside a generator becomes RuntimeError.
def gen_return():
    yield 1
    return 'value'
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', repr(e.value))
def leaky():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaky()))
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', type(e.__cause__).__name__)
def explicit():
    yield 'a'
    raise StopIteration('manual')
try:
    list(explicit())
except RuntimeError as e:
    print('RuntimeError:', e)
def early(items):
    for x in items:
        if x < 0:
            return
        yield x
print(list(early([1, 2, -1, 3])))
print([x for x in gen_return()])
def raises_later():
    yield 1
    raise ValueError('after first')
g = raises_later()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('ValueError:', e)
print(next(g, 'dead after exception'))
def running():
    yield gi_check()
def gi_check():
    return 'called while running'
print(list(running()))
