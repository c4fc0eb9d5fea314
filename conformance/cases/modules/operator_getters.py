# itemgetter, attrgetter and methodcaller.
import operator as op
g = op.itemgetter(1)
print(g([10, 20, 30]), g("xyz"), g((7, 8)))
g2 = op.itemgetter(0, 2)
print(g2("abc"), g2([5, 6, 7]))
print(sorted([(1, 'b'), (0, 'z'), (2, 'a')], key=op.itemgetter(1)))
print(sorted({'a': 3, 'b': 1, 'c': 2}.items(), key=op.itemgetter(1)))
print(op.itemgetter('k')({'k': [1, 2]}), list(map(op.itemgetter(0), [[1, 2], [3, 4]])))
print(op.methodcaller('upper')("hi"), op.methodcaller('split', ',')("a,b,c"), op.methodcaller('split', maxsplit=1)("a b c"))
print(op.methodcaller('replace', 'a', 'o')("banana"))
print(op.attrgetter('real')(5), op.attrgetter('real', 'imag')(5), op.attrgetter('__class__.__name__')(5))
for f in [lambda: op.itemgetter(5)([1]), lambda: op.attrgetter(1), lambda: op.attrgetter('nope')(1), lambda: op.itemgetter('x')({})]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
