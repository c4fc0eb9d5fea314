# str + int is not allowed.
n = 3
msg = 'count: ' + str(n)
print(msg)
msg = 'count: ' + n
print(msg)
