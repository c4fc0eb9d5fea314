# Builtin special methods found by attribute lookup: reprs (without addresses), getattr,
# hasattr, dir, x.__class__.__add__, __hash__ = None for unhashable types.
def shown(f):
    r = repr(f)
    return r[:r.index(' at 0x')] + '>' if ' at 0x' in r else r

print(int.__add__, list.__init__, object.__eq__, float.__truediv__, str.__mul__, tuple.__iter__)
print(list.__getitem__, dict.__contains__, int.__format__, object.__sizeof__, list.__reversed__, int.__round__)
print(shown([1].__add__), shown((5).__neg__), shown('ab'.__len__), shown({1: 2}.__getitem__), shown(iter([]).__next__))
print(shown(int.__new__), shown(object.__new__), shown(True.__and__), shown((2.5).__format__))
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, list.__hash__ is None, tuple.__hash__)
print(int.__add__.__name__, int.__add__.__qualname__, [].__len__.__name__)
x = [1, 2]
print(x.__class__.__add__(x, [3]), getattr(x, '__len__')(), getattr(5, '__mul__')(6), getattr(int, '__sub__')(9, 1))
for obj, name in [(1, '__add__'), ([], '__add__'), ([], '__hash__'), ({}, '__missing__'), ('', '__iter__'),
                  (1.5, '__index__'), (1, '__index__'), (range(2), '__len__'), (b'', '__setitem__'), (bytearray(), '__setitem__'),
                  (frozenset(), '__ior__'), (set(), '__ior__'), ((), '__imul__'), ([], '__imul__'), (True, '__and__')]:
    print(type(obj).__name__, name, hasattr(obj, name), name in dir(obj), name in dir(type(obj)))
print(int.__add__ is int.__add__, bool.__add__ is int.__add__, bool.__and__ is int.__and__)
print('__add__' in int.__dict__, '__add__' in bool.__dict__, '__len__' in list.__dict__, '__eq__' in object.__dict__)
print(callable(int.__add__), callable([].__len__), type(int.__add__) is type(list.__len__))
print(sorted(n for n in dir(list) if n in ('__add__', '__iadd__', '__getitem__', '__init__', '__contains__', '__imul__', '__reversed__')))
print(list(map(int.__neg__, [1, 2])), sorted([3, 1, 2], key=int.__neg__), list(map(str.__len__, ['a', 'bcd'])))
