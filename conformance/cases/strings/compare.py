# Lexicographic comparison by code point.
print('a' < 'b', 'b' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('Z' < 'a', 'a' < 'B', '10' < '9', 'apple' < 'apples')
print('abc' == 'abc', 'abc' != 'abC', 'a' <= 'a', 'b' >= 'c')
print(max('apple', 'banana', 'cherry'), min('apple', 'Banana', 'cherry'))
print(max('hello'), min('hello'))
print(sorted(['pear', 'Apple', 'fig', 'apple', 'banana', '', 'Fig']))
print(sorted(['b', 'a', 'c'], reverse=True))
print('a' < 'a\x00', 'abc' < 'ab\xff')
