# An uncaught AssertionError with a message inside a helper, after some output.
def average(xs):
    assert xs, 'average of empty list'
    return sum(xs) / len(xs)
def report(groups):
    for name, xs in groups:
        print(name, average(xs))
report([('a', [1, 2, 3]), ('b', [4]), ('c', [])])
