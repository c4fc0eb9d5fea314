# More str methods: maketrans/translate, format_map, repetition, comparison, iteration tricks.
table = str.maketrans('abc', 'xyz')
print('aabbcc-abc'.translate(table))
print('hello world'.translate(str.maketrans('', '', 'lo')))
print('a-b_c'.translate(str.maketrans({'-': ' ', '_': None})))
print('{name} is {n}'.format_map({'name': 'x', 'n': 3}))
print('ab' * 3, 3 * 'xy', 'a' * 0, '-' * -1 == '')
print('apple' < 'banana', 'Zebra' < 'apple', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print(max('hello'), min('hello'), sorted('cba'), list('hi'), 'x'.join('abc'))
s = 'The rain in Spain'
print(s.lower().count('ain'), s.split('ain'), [w for w in s.split() if 'ain' in w])
print(s[4:8].upper(), s[-5:], s[::2], s[100:], repr(s[5:2]))
print(str(123), str(-4.5), str(True), str(None), str([1, 'a']), str('s'))
print(len('日本語'), '日本語'[1], '日本語'.encode()[:3].decode(), 'ÅB'.lower())
print(''.join(c for c in 'a1b2c3' if c.isdigit()), ''.join(sorted('dcba')))
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
print('word ' * 2 + 'end', 'x'.center(3).replace(' ', '.'), 'CamelCaseString'.swapcase())
acronym = ''.join(w[0].upper() for w in 'portable network graphics'.split())
print(acronym, 'racecar' == 'racecar'[::-1], 'abc'.upper().lower().title())
print('a\tb'.split('\t'), 'x\\y', len('\\n'), repr('\\n'), 'line\\\n' == 'line\\' + '\n')
