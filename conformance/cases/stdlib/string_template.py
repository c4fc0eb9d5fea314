# string.Template: substitute, safe_substitute, $$, ${name}, a custom delimiter and CPython's errors; capwords
import string
from string import Template
t = Template('$who likes $what, ${who}s cost $$5')
print(Template('$100 and $x').safe_substitute(x=1))
print(t.substitute(who='tim', what='kung pao'), t.get_identifiers(), t.is_valid())
print(t.safe_substitute(who='ann'), t.safe_substitute({'who': 'x'}, what='y'))
print(Template('${a}${b}$a$').safe_substitute(a=1), Template('').substitute(), Template('$$').substitute())
print(Template('$x').substitute({'x': 1}, x=2), Template('$x $y').substitute({'x': 1, 'y': 5}, x=2))
for tpl, kw in (('$who likes $', {'who': 1}), ('line\n  $ 3', {}), ('${bad name}', {}), ('$1', {}), ('$x', {}), ('ok\n\n$x${', {'x': 0})):
    try:
        print(repr(Template(tpl).substitute(**kw)))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(Template('$a ${b} $$ $ ${').is_valid(), Template('$a ${b} $a $c').get_identifiers())
class Pct(Template):
    delimiter = '%'
print(Pct('%x is %% or %{y}!').substitute(x=1, y=2), Pct.delimiter, Template.delimiter)
print(Template('$é$_x1 ${ABC}').safe_substitute(_x1='u', ABC='v'))
print(string.capwords(' a  bC d '), string.capwords('x-y', '-'), string.ascii_letters, repr(string.whitespace), string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
try: string.capwords(1)
except AttributeError as e: print(e)
try: Template('$a').substitute({}, {})
except TypeError as e: print(e)
print(Template('$a').template, Template.idpattern)
