print('before')
x = 5 → 3
