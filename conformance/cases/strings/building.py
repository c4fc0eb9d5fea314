# Building strings in loops; str() of mixed values.
parts = []
for i in range(5):
    parts.append(str(i) * (i + 1))
print(parts)
print('|'.join(parts))
line = ''
for w in ['alpha', 'beta', 'gamma']:
    line = line + w[0].upper() + w[1:] + ' '
print(line.strip())
print(str(1.5) + str(None) + str(True) + str([1, 'a']) + str((2,)))
print(str({'a': 1}), str(''), str(-0.0))
acc = 'x'
for i in range(10):
    acc = acc + acc
print(len(acc))
print('=' * 10 + '>' + '<' + '=' * 10)
