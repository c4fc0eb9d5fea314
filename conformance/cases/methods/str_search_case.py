# str find/rfind/index/rindex/count/startswith/endswith/replace and case methods.
s = 'Mississippi'
print(s.find('ss'), s.rfind('ss'), s.find('x'), s.find('ss', 3), s.find('i', 2, 4), s.find(''))
print(s.index('p'), s.rindex('s'), s.count('s'), s.count('ss'), s.count(''), s.count('i', 5))
print(s.startswith('Miss'), s.startswith('miss'), s.endswith('pi'), s.startswith(('x', 'M')))
print(s.endswith('ss', 0, 4), s.startswith('ss', 2))
print(s.replace('ss', 'SS'), s.replace('i', '', 2), s.replace('x', 'y'), 'aaa'.replace('a', 'b', 0))
print('abc'.replace('', '-'))
t = 'hello WORLD, hello Python'
print(t.upper(), t.lower(), t.swapcase())
print(t.title(), t.capitalize(), "they're bill's".title())
print('ß'.upper(), 'ǅ'.lower(), 'straße'.casefold())
print('Hello'.isupper(), 'HELLO'.isupper(), 'hello'.islower(), 'Title Case'.istitle(), '123'.islower())
try:
    s.index('zz')
except ValueError as e:
    print('ValueError:', e)
print(s.lower().count('s') + s.upper().count('I'))
print('ab' in s, 'ss' in s, s[s.find('ss'):s.rfind('ss') + 2])
print('-'.join(sorted(set(s.lower()))))
