# Dumps CPython's symbol-table scopes of each file to /tmp/cpy_sym.json, for tools/compare-symtable.ts.
import symtable, sys, json
def walk(t, path, out):
    d = {}
    for s in t.get_symbols():
        d[s.get_name()] = s._Symbol__scope
    key = path + '/' + t.get_name() + ':' + str(t.get_lineno())
    out[key] = d
    for c in t.get_children():
        walk(c, key, out)
res = {}
for f in sys.argv[1:]:
    try:
        src = open(f).read()
        t = symtable.symtable(src, f, 'exec')
    except Exception as e:
        continue
    out = {}
    walk(t, '', out)
    res[f] = out
json.dump(res, open('/tmp/cpy_sym.json', 'w'))
