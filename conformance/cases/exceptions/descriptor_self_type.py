# A method taken from a builtin type and called with a self of another type: CPython's
# "descriptor ... doesn't apply to ..." TypeError (method_check_args), and subclasses accepted.
for f in [lambda: list.append(5, 1), lambda: str.upper([]), lambda: dict.get(1, 2), lambda: int.bit_length('x'),
          lambda: list.append(), lambda: set.add(frozenset(), 1), lambda: bytes.hex('ab'), lambda: str.join(b',', ['a'])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
class L(list):
    pass
l = L()
list.append(l, 3)
print(l, str.upper(type('S', (str,), {})('abc')), dict.get({'k': 1}, 'k'), int.bit_length(True))
