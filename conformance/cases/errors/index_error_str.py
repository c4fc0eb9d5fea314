# string index out of range.
s = 'abc'
print(s[-3])
print(s[3])
