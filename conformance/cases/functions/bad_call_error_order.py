# Which error a bad call reports first: keywords are bound before the positional count is
# checked (initialize_locals), so an unexpected or duplicate keyword wins.
def f(a, b):
    pass


def g(a, /, b, *, c):
    pass


calls = [
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, 2, 3, a=4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, b=1),
    lambda: g(1, 2, 3, a=1),
    lambda: g(1, 2, 3, c=1),
    lambda: g(1, 2, 3, 4, d=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
