# f-string quoting variants: single/double/triple quotes, raw rf-strings, concatenation, escapes.
name = 'Ann'
d = {'key': 'val'}
print(f"double {name}", f'single {name}', f"""triple {name}""", f'''triple single {d['key']}''')
print(f"{d['key']}", f'{d["key"]}')
print(rf'raw \n {name}', fr'\t{name}\t', f'esc \t|{name}|\n'.strip())
print(F'capital {name}', Rf'{name}\d+')
print(f'{name}' 'plain {not a field}' f'{len(name)}')
long = (
    f'first part {name} '
    f'second part {name.lower()} '
    'third part'
)
print(long)
print(f'{"a" "b"}', f'{"x" * 3}', f'{"%s" % name}', f'{"{}".format(name)}')
print(f'{name:}', f'{name:{""}}', f'{3:{""}>4}')
values = [1, 2, 3]
print(f'{values[1:]}', f'{values[-1]}', f'{values!s:>12}')
newline = '\n'
print(f'{newline.join(["l1", "l2"])}')
print(f'{{', f'}}', f'{{}}', f'{{{1}}}')
print(f'\u00e9 \x41 {chr(233)!r}')
print(f'{name!r:^9}|')
