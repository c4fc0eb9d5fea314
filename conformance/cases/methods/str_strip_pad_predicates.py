# strip family, padding (center/ljust/rjust/zfill), expandtabs, removeprefix and is* predicates.
s = '  ..hello..  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(' .')))
print(repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')), repr('\t\n x \r\n'.strip()))
print('abc'.center(9, '*'), 'abc'.ljust(6, '-'), 'abc'.rjust(6, '-'), '5'.zfill(3), '-5'.zfill(4))
print('TestCase'.removeprefix('Test'), 'TestCase'.removesuffix('Case'), 'abc'.removeprefix('x'))
print(repr('a\tb\tc'.expandtabs(4)), repr('ab\tc'.expandtabs()))
tests = ['123', '12.5', 'abc', 'abc123', '', ' ', 'ABC', 'Abc', '٣', '²', 'a b', '\t\n', '_x']
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.isidentifier())
print('hello'.isascii(), 'héllo'.isascii(), 'Print'.isprintable(), 'a\nb'.isprintable())
print(ord('a'), chr(97), ord('€'), chr(8364), [ord(c) for c in 'AZaz09'])
print('%'.join(['a', 'b']).partition('%'), 'a b'.split(' ', -1))
