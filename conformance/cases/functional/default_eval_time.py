# Default arguments are evaluated once, when the def statement runs.
counter = 0
def next_id():
    global counter
    counter += 1
    print('next_id called ->', counter)
    return counter
def make(tag=next_id()):
    return tag
print('defined')
print(make(), make(), make(99))
def append_to(x, items=[]):
    items.append(x)
    return items
print(append_to(1), append_to(2), append_to(3, []))
print(append_to(4))
def safe_append(x, items=None):
    if items is None:
        items = []
    items.append(x)
    return items
print(safe_append(1), safe_append(2))
value = 'first'
def show(v=value):
    return v
value = 'second'
print(show())
print(append_to.__defaults__, show.__defaults__)
def defaults_in_loop():
    fs = []
    for k in range(3):
        def f(k=k):
            return k * k
        fs.append(f)
    return [f() for f in fs]
print(defaults_in_loop())
def kwonly(*, opt=[]):
    opt.append(len(opt))
    return opt
print(kwonly(), kwonly(), kwonly.__kwdefaults__)
