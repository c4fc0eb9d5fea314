# assert with and without messages; AssertionError args and str.
def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x * 2
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print('no message:', repr(e), e.args, str(e) == '')
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(e)
try:
    assert False, ('tuple', 1)
except AssertionError as e:
    print(e.args, e)
try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args)
assert True
assert 'x', 'not raised'
print('passing asserts are silent')
calls = []
def msg():
    calls.append('msg evaluated')
    return 'm'
assert 1, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
