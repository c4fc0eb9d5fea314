# SyntaxError built by a program: msg, the details tuple, the fields and str()
for args in [(), ('bad',), ('bad', ('f.py', 3, 4, 'x = (\n')), ('bad', (None, 3, 4, 'x')), ('bad', ('dir/f.py', None, 4, 'x')), (1, 2), ('bad', ('f.py', 3, 4, 'x = (\n', 3, 6))]:
    for cls in (SyntaxError, IndentationError):
        e = cls(*args)
        print(cls.__name__, repr(str(e)), e.args, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    raise SyntaxError('custom', ('prog.py', 7, 2, 'a b\n'))
except SyntaxError as e:
    print(e, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
