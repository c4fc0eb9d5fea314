# int() and float() read any Unicode decimal digits (Arabic-Indic, Devanagari, fullwidth, mathematical)
# and strip C whitespace plus Python's non-ASCII whitespace around the number.
tests = ['٣', '  ٤٢  ', '-١٢٣', '१२३', '\u1d7ce\u1d7cf' , '\U0001D7D9\U0001D7E3', '\x1c5\x1f', '\ufeff5', '\u30005\u3000', '١_٢', '0x١٠', '٣.٥', 'ⅷ', '²', '１２', '٣e٢']
for t in tests:
    for conv in (int, float):
        try:
            print(repr(t), conv.__name__, conv(t))
        except ValueError as e:
            print(repr(t), conv.__name__, 'ValueError', e)
print(int('١٠', 16), int('١٠١', 2), int('٧', 8))
for c in ['\x85', '\xa0', '\u1680', '\u2007', '\u2028', '\u202f', '\u205f', '\u180e', '\x1c', '\x0b']:
    try:
        print(repr(c), int(c + '7' + c), float(c + '7.5' + c))
    except ValueError as e:
        print(repr(c), 'ValueError', e)
