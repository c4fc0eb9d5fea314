"""Regenerates test/fixtures/syntax-errors.json: each malformed program of syntax_error_cases.py
with the exact report `python3 t.py` prints (python3 must be CPython 3.11).

Run from packages/parser: python3 scripts/gen-syntax-error-table.py
"""
import json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(__file__))
from syntax_error_cases import CASES

assert sys.version_info[:2] == (3, 11), 'the oracle is CPython 3.11'
rows = []
with tempfile.TemporaryDirectory() as d:
    for src in CASES:
        with open(os.path.join(d, 't.py'), 'w', encoding='utf-8') as f:
            f.write(src)
        r = subprocess.run([sys.executable, 't.py'], capture_output=True, text=True, cwd=d)
        assert r.returncode == 1 and r.stderr, src
        # CPython shows the script's absolute path; the table uses the fixed name /tmp/t.py.
        rows.append({'source': src, 'expected': r.stderr.replace(os.path.join(d, 't.py'), '/tmp/t.py')})
out = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'syntax-errors.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump(rows, f, ensure_ascii=False, indent=1)
    f.write('\n')
print(f'{len(rows)} cases -> {out}')
