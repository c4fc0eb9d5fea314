# AttributeError messages name the type (instances, classes, builtins, modules-free).
class Thing:
    x = 1
t = Thing()
cases = [
    lambda: t.y,
    lambda: Thing.y,
    lambda: (5).foo,
    lambda: 'abc'.nope,
    lambda: [].push,
    lambda: {}.iteritems,
    lambda: None.attr,
    lambda: (1, 2).append,
    lambda: 3.5.bar,
    lambda: True.baz,
    lambda: len.qq,
]
for f in cases:
    try:
        f()
    except AttributeError as e:
        print(e)
try:
    del t.x
except AttributeError as e:
    print('del:', e)
try:
    (5).real = 3
except AttributeError as e:
    print('set:', e)
try:
    [].append = 1
except AttributeError as e:
    print('set:', e)
t.y = 2
print(t.y, getattr(t, 'z', 'none'))
class Slot:
    @property
    def ro(self):
        return 1
try:
    Slot().ro = 5
except AttributeError as e:
    print('property:', e)
