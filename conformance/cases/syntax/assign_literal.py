print(1)
1 = x
