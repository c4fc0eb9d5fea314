# Nested function definitions, docstrings, function attributes and class-scope rules.
def outer(n):
    """Return helpers bound to n."""
    def describe():
        """Describe n."""
        return f'n is {n}'
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return describe, fact(n)
d, f = outer(5)
print(d(), f)
print(outer.__doc__, d.__doc__, d.__name__, d.__qualname__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc())
def tagged():
    return tagged.tag
tagged.tag = 'attribute on a function'
print(tagged())
class Scope:
    factor = 3
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    def method(self):
        try:
            return factor
        except NameError as e:
            return 'NameError: ' + str(e)
    def method_ok(self):
        return self.factor * Scope.factor
print(Scope.scaled, Scope().method(), Scope().method_ok())
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {fn.__name__: fn for fn in (add, sub)}
ops = make_ops()
print(sorted(ops), ops['add'](2, 3), ops['sub'](2, 3))
def is_even(n):
    def is_odd(m):
        return m != 0 and is_even(m - 1)
    return n == 0 or is_odd(n - 1)
print([is_even(i) for i in range(6)])
def conditional_def(flag):
    if flag:
        def g():
            return 'first'
    else:
        def g():
            return 'second'
    return g()
print(conditional_def(True), conditional_def(False))
