# Padding and justification through format specs versus str methods, with odd widths.
words = ['a', 'ab', 'abc', 'abcd', 'abcde']
for w in words:
    print(f'|{w:^6}|{w.center(6)}|{w:>6}|{w.rjust(6, ".")}|{w:<6}|{w.ljust(6, "_")}|')
print('|' + 'odd'.center(8) + '|' + f'{"odd":^8}' + '|')
print('|' + 'ab'.center(5) + '|' + f'{"ab":^5}' + '|' + 'abc'.center(6) + '|' + f'{"abc":^6}' + '|')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), f'{42:05}')
print(repr('x'.center(0)), repr(''.center(3, '*')), repr('toolong'.rjust(3)))
print(f'{"left":<{3 * 3}}|{"right":>{len("right") + 2}}|')
grid = [[1, 22, 333], [4444, 5, 66]]
widths = [max(len(str(row[i])) for row in grid) for i in range(3)]
for row in grid:
    print(' | '.join(f'{v:>{widths[i]}}' for i, v in enumerate(row)))
print(f'{"|":>3}{"|":^3}{"|":<3}end')
