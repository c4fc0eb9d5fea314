print('a')
def f(:
    pass
