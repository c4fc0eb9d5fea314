# str.split/rsplit/splitlines/join/partition/rpartition with separators and maxsplit.
s = '  alpha beta\tgamma\n delta  '
print(s.split())
print(s.split(' '))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 2), 'a,b,,c,'.rsplit(',', 2))
print('one two three four'.split(maxsplit=1), 'one two three four'.rsplit(maxsplit=1))
print(''.split(), ''.split(','), '   '.split(), 'abc'.split('abc'))
print('a--b--c'.split('--'), 'x'.split('x'), 'aaa'.split('a'))
print('line1\nline2\r\nline3\n'.splitlines(), 'l1\nl2\n'.splitlines(True), ''.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), ', '.join(str(i) for i in range(4)))
print('|'.join([]), '|'.join(['solo']), ' '.join('spaced'))
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
path = '/usr/local/lib/python3.11/site.py'
print(path.rsplit('/', 1)[-1], path.split('/')[1:3], path.rpartition('.')[2])
csv = 'name,age\nann,31\nbob,25'
rows = [line.split(',') for line in csv.splitlines()]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
words = 'the quick  brown   fox'.split()
print(len(words), ' '.join(w[::-1] for w in words), '_'.join(words).upper())
