print('a')
    print('b')
