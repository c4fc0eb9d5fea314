# Unicode strings count code points, not UTF-16 units.
s = 'h\u00e9llo \u4e16\u754c \U0001F600!'
print(s)
print(len(s), len('\U0001F600'), len('\U0001F600\U0001F601'))
print(s[-2], s[9], s[::-1])
e = '\U0001F40D\U0001F600x'
print(e[0], e[1], e[2], e[-1], e[1:], e[::-1], len(e))
print('\u00e9' == '\u00e9', 'e\u0301' == '\u00e9', len('e\u0301'))
print('\uffff' < '\U0001F600', '\U0001F600' > '\ue000')
print(sorted(['\U0001F600', '\uffff', 'z', '\u00e9']))
print('\u00c9COLE'.lower(), 'stra\u00dfe'.upper())
print('\u4e16' in s, '\U0001F600' in s)
print('na\u00efve'.find('\u00ef'), e.find('x'))
t = ''
for ch in '\U0001F600ab':
    t = ch + t
print(t)
