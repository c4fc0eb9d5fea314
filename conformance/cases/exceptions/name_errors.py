# NameError and UnboundLocalError messages, caught and printed.
try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
def uses_later():
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    value = 1
    return value
print(uses_later())
counter = 10
def bump():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
bump()
print(counter)
def deleted():
    x = 5
    del x
    try:
        return x
    except NameError as e:
        print(type(e).__name__, e, isinstance(e, UnboundLocalError))
deleted()
def outer():
    def inner():
        return missing_free + 1
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer()
try:
    del never_defined
except NameError as e:
    print('del:', e)
try:
    try:
        raise ValueError('x')
    except ValueError as err:
        pass
    print(err)
except NameError as e:
    print('except variable cleared:', e)
