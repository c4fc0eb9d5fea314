# Default values and keyword arguments.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(punct='.', name='Di', greeting='Yo'))
print(greet('Ed', greeting='Hey', punct=''))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=4, base=2))
def accumulate(x, acc=[]):
    acc.append(x)
    return acc
print(accumulate(1), accumulate(2), accumulate(3, []))
print(accumulate(4))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def describe(a, b=None, c=0):
    if b is None:
        b = 'none'
    return str(a) + ':' + str(b) + ':' + str(c)
print(describe(1), describe(1, 2), describe(1, c=3), describe(a=9, b=8, c=7))
