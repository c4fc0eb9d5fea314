# Nested format specs {x:{w}}, expressions inside braces, and brace escaping.
w, p = 10, 3
v = 3.14159265
print(f'[{v:{w}.{p}f}] [{v:>{w}}] [{v:^{w + 4}.{p - 1}f}]')
for width in range(4, 8):
    print(f'[{"ab":>{width}}]')
align = '<'
fill = '*'
print(f'[{"x":{fill}{align}6}] [{42:{fill}^{w}}]')
items = {'a': 1, 'b': 22}
print(f'{items["a"]} {items["b"]:>4} {len(items)} {sorted(items)[-1]}')
print(f'{{literal}} {{{v:.1f}}} {"{"} {"}"}')
print(f'{1 + 2} {"yes" if v > 3 else "no"} {[i * i for i in range(3)]} {(lambda: 7)()}')
name = 'World'
print(f'{name.upper()} {name[::-1]} {name!r:>10} {len(name):03}')
print(f'{"nested {braces}"} {f"inner {v:.2f}"}')
print(f'{3}' f'{4}' 'plain' f'{5:>3}')
x = 255
spec = '#x'
print(f'{x:{spec}} {format(x, spec)} {format(x, "08b")} {format(3.5)} {format("s", "^5")}')
pairs = [('n', 7), ('longer', 1234)]
width = max(len(k) for k, _ in pairs)
for k, val in pairs:
    print(f'{k:<{width}} = {val:>{width},}')
print(f'''multi
{v:.1f} line''')
