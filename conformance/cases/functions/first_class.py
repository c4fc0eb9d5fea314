# Functions as values.
def square(x):
    return x * x
def twice(f, x):
    return f(f(x))
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
print(twice(square, 3))
inc_then_square = compose(square, compose(abs, square))
print(inc_then_square(-2))
ops = {'sq': square, 'abs': abs, 'len': len, 'str': str}
print(ops['sq'](7), ops['abs'](-7), ops['len']('seven'), ops['str'](7) + '!')
def apply_all(funcs, value):
    results = []
    for f in funcs:
        results.append(f(value))
    return results
print(apply_all([square, abs, str, float], -4))
alias = square
print(alias(12), alias is square)
def maker(kind):
    def neg(x):
        return -x
    def ident(x):
        return x
    if kind == 'neg':
        return neg
    return ident
print(maker('neg')(5), maker('other')(5))
print(sorted([3, 1, 2]) == sorted([2, 3, 1]), max([4, 9, 2]) == twice(abs, 9))
