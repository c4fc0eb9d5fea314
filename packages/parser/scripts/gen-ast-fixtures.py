"""Regenerates test/fixtures/ast-cases.json: each valid program of ast_cases.py with CPython
3.11's AST in our ast.ts shape (see cpython_ast.py). Run from packages/parser:
    python3 scripts/gen-ast-fixtures.py
"""
import json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(__file__))
from ast_cases import CASES

assert sys.version_info[:2] == (3, 11), 'the oracle is CPython 3.11'
helper = os.path.join(os.path.dirname(__file__), 'cpython_ast.py')
rows = []
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 't.py')
    for src in CASES:
        with open(path, 'w', encoding='utf-8') as f:
            f.write(src)
        out = subprocess.run([sys.executable, helper, path], capture_output=True, text=True, check=True).stdout
        rows.append({'source': src, 'ast': json.loads(out)})
out = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'ast-cases.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump(rows, f, ensure_ascii=False)
    f.write('\n')
print(f'{len(rows)} cases -> {out}')
