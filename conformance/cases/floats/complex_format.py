# format() of complex numbers: the float presentations, alignment, and the specifiers complex refuses.
z, w, r = 1 + 2j, -1.5 - 0.25j, 3j
for spec in ['', '>14', '<14', '^14', '*^16', '.2f', '+.2f', ' .1e', '.3g', '10.2f', 'E', 'g', 'n', '.2', ',.2f', 'F', '.0f', '#.0f']:
    print(repr(spec), repr(format(z, spec)), repr(format(w, spec)), repr(format(r, spec)), repr(format(complex(-0.0, 1), spec)), repr(format(complex(float('inf'), float('nan')), spec)))
for spec in ['010', '=10', 'd', '%', 'x']:
    try:
        format(z, spec)
    except ValueError as e:
        print(spec, e)
print(f'{z:.1f} and {w!s:>20} and {r}')
