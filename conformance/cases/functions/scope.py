# Global and local scope.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter, bump())
x = 'global'
def read_global():
    return x
def shadow():
    x = 'local'
    return x
print(read_global(), shadow(), x)
def set_new_global():
    global created
    created = 'made inside'
set_new_global()
print(created)
def uses_builtin():
    return len([1, 2, 3])
print(uses_builtin())
def param_shadow(len):
    return len * 2
print(param_shadow(21), len('abc'))
y = 1
def nested():
    y = 2
    def inner():
        return y
    return inner()
print(nested(), y)
