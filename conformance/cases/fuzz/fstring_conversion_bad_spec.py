# An f-string field with a conversion (!r, !s, !a) and a spec that fails releases the converted string (found by fuzz/: --verify-heap)
class C:
    def __repr__(self):
        return 'C()'
for v in ('a', C(), [1], 2.5, 'é'):
    for field in (lambda: f'{v!r:>x}', lambda: f'{v!s:d}', lambda: f'{v!a:.2%}'):
        try:
            field()
        except ValueError as e:
            print(e)
print(f'{C()!r:>6}|{[1]!s}|{2.5!a:<5}|{"é"!a:^9}|')
