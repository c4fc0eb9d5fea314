# Traceback objects: e.__traceback__ chains outermost first (tb_next, tb_lineno), setting and with_traceback.
def inner():
    raise ValueError('x')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    n = []
    while tb is not None:
        n.append(tb.tb_lineno)
        tb = tb.tb_next
    print(n, type(e.__traceback__).__name__)
    try:
        e.__traceback__ = 5
    except TypeError as t:
        print(t)
try:
    raise ValueError(1)
except ValueError as e:
    f = e.with_traceback(None)
    print(f is e, e.__traceback__)
