# LOAD_GLOBAL sees every change of globals and builtins: rebinding, deletion, shadowing a builtin
# and un-shadowing it, builtins changed through the module, globals().clear().
x = 1
def f():
    return x + len('ab')
print(f())
x = 5
print(f())
del x
try:
    f()
except NameError as e:
    print(e)
len = lambda s: 100
x = 2
print(f())
del len
print(f())
import builtins
builtins.foo = 7
def g():
    return foo
print(g())
foo = 8
print(g())
del foo
print(g())
builtins.foo = 9
print(g())
del builtins.foo
try:
    g()
except NameError as e:
    print(e)
globals()['x'] = 42
print(f())
globals().clear()
try:
    print(f())
except NameError as e:
    print(e)
