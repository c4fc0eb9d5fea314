"""Dumps CPython's ast for a file in the shape of packages/parser/src/ast.ts, as JSON.

Used by compare-with-cpython.ts to check our parser against the oracle: python3 is CPython 3.11.
"""
import ast, json, sys

RENAMES = {'col_offset': 'col', 'end_lineno': 'endLineno', 'end_col_offset': 'endCol',
           'kw_defaults': 'kwDefaults', 'decorator_list': 'decorators', 'context_expr': 'contextExpr',
           'optional_vars': 'optionalVars', 'format_spec': 'formatSpec', 'kwd_attrs': 'kwdAttrs',
           'kwd_patterns': 'kwdPatterns'}
SKIP = {'type_comment', 'type_ignores', 'kind', 'is_async'}
NODE_KIND = {'Expr': 'Expr', 'Set': 'Set'}


def const(v):
    if v is None: return {'type': 'None'}
    if v is Ellipsis: return {'type': 'Ellipsis'}
    if isinstance(v, bool): return {'type': 'bool', 'value': v}
    if isinstance(v, int): return {'type': 'int', 'value': str(v) + 'n'}
    if isinstance(v, float): return {'type': 'float', 'value': v if v == v and abs(v) != float('inf') else str(v)}
    if isinstance(v, complex): return {'type': 'complex', 'imag': v.imag}
    if isinstance(v, str): return {'type': 'str', 'value': v}
    if isinstance(v, bytes): return {'type': 'bytes', 'value': list(v)}
    raise TypeError(v)


def conv(node):
    if isinstance(node, list): return [conv(x) for x in node]
    if isinstance(node, ast.expr_context): return type(node).__name__
    if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)): return type(node).__name__
    if not isinstance(node, ast.AST): return node
    name = type(node).__name__
    out = {}
    if name not in ('arguments', 'comprehension', 'withitem'):
        out['kind'] = name
    for f in node._fields:
        if f in SKIP: continue
        v = getattr(node, f, None)
        if name in ('Constant', 'MatchSingleton') and f == 'value': v = const(v)
        elif name == 'AnnAssign' and f == 'simple': v = bool(v)
        else: v = conv(v)
        out[RENAMES.get(f, f)] = v
    if hasattr(node, 'lineno'):
        # CPython counts UTF-8 bytes in columns; ast.ts counts characters (UTF-16 units).
        out['lineno'] = node.lineno
        out['col'] = char_col(node.lineno, node.col_offset)
        out['endLineno'] = node.end_lineno
        out['endCol'] = char_col(node.end_lineno, node.end_col_offset)
    return out


def char_col(lineno, byte_col):
    line = LINES[lineno - 1] if lineno - 1 < len(LINES) else b''
    return len(line[:byte_col].decode('utf-8', errors='replace').encode('utf-16-le')) // 2

src = open(sys.argv[1], encoding='utf-8').read()
LINES = src.encode('utf-8').split(b'\n')
print(json.dumps(conv(ast.parse(src)), ensure_ascii=False))
