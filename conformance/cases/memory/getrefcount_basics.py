# sys.getrefcount counts the argument's own temporary reference, as in CPython.
import sys

class Thing:
    pass

t = Thing()
print('fresh object bound to one name:', sys.getrefcount(t))
alias = t
print('with an alias:', sys.getrefcount(t))
lst = [t, t]
print('in a list twice:', sys.getrefcount(t))
del lst
print('list deleted:', sys.getrefcount(t))
del alias
print('alias deleted:', sys.getrefcount(t))
d = {'k': t}
print('dict value:', sys.getrefcount(t))
d.clear()
print('dict cleared:', sys.getrefcount(t))

def f(arg):
    return sys.getrefcount(arg)

print('inside a call:', f(t))
s = 'a string built at run time' + str(len(lst if False else []))
print('str bound once:', sys.getrefcount(s))
