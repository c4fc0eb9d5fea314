# Concatenation, repetition, len and membership.
a = 'hello'
b = "world"
print(a + ' ' + b)
print(a * 3, '-' * 20, 'ab' * 0, 'x' * -2)
print(3 * 'ab')
print(len(a), len(''), len(a + b), len('a' * 1000))
print('ell' in a, 'xyz' in a, '' in a, 'h' not in a)
s = ''
for i in range(5):
    s += str(i)
print(s)
print('tab\there', 'new\nline', 'back\\slash')
print('single "double" inside', "double 'single' inside")
print('''triple
quoted''')
print("""also
triple""")
print('con' 'cat' 'enated')
print('a\
b')
print(r'raw\n\t')
print('\x41\u00e9\u4e2d\U0001F600')
print(a == 'hello', a != 'Hello', a is not None)
