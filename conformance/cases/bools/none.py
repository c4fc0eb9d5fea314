# None: printing, identity, comparisons and implicit returns.
x = None
print(x, repr(x), str(x))
print(x is None, x is not None, x == None, x != None)
def nothing():
    pass
def early(flag):
    if flag:
        return
    return 1
print(nothing(), early(True), early(False))
print(nothing() is None)
print([None, None], (None,), {None: None})
values = [None, 0, False, '', []]
for v in values:
    print(repr(v), v is None, v == None, not v)
print(print('inner'))
