# Three chained exceptions mixing implicit context and an explicit cause.
def step1():
    return 1 / 0
def step2():
    try:
        step1()
    except ZeroDivisionError:
        [][0]
def step3():
    try:
        step2()
    except IndexError as e:
        raise RuntimeError('pipeline failed') from e
def step4():
    try:
        step3()
    except RuntimeError:
        raise ValueError('giving up')
print('start')
step4()
