print('a')
x = = 2
