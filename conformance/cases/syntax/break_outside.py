print('a')
break
