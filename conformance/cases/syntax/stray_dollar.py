print('hi')
cost = $5
