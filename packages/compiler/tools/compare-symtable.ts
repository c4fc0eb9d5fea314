// Compares our symbol tables with CPython's scope by scope (names annotations alone use may be
// missing on our side: we do not visit function annotations).
// usage: python3 tools/cpython-symtable.py FILES... && npx tsx tools/compare-symtable.ts FILES...
import { readFileSync } from 'node:fs';
import { parse } from '@pyarena/parser';
import { buildSymtable, type SymbolTableEntry } from '../src/index';

const cpy = JSON.parse(readFileSync('/tmp/cpy_sym.json', 'utf8'));
const files = process.argv.slice(2);
let perr = 0, ok = 0, diffs = 0, cerr = 0;
function walk(t: SymbolTableEntry, path: string, out: Record<string, Record<string, number>>) {
  const d: Record<string, number> = {};
  for (const n of t.symbols.keys()) d[n] = t.scopeOf(n);
  const name = t.type === 'module' ? 'top' : t.name.startsWith('<') && t.name !== '<lambda>' ? t.name.slice(1, -1) : t.name;
  const key = path + '/' + name + ':' + t.lineno;
  out[key] = d;
  for (const c of t.children) walk(c, key, out);
}
for (const f of files) {
  if (!cpy[f]) continue;
  const src = readFileSync(f, 'utf8');
  let mod;
  try { mod = parse(src, f); } catch { perr++; continue; }
  let top;
  try { top = buildSymtable(mod, { filename: f, source: src }).top; } catch (e: any) { cerr++; console.log('ERR', f, e.message); continue; }
  const ours: Record<string, Record<string, number>> = {};
  walk(top, '', ours);
  let bad = 0;
  for (const [k, syms] of Object.entries(cpy[f] as Record<string, Record<string, number>>)) {
    const o = ours[k];
    if (!o) { if (bad++ < 3) console.log('MISSING', f, k); continue; }
    for (const [n, s] of Object.entries(syms)) {
      if (o[n] !== s && !(o[n] === undefined)) { if (bad++ < 3) console.log('DIFF', f, k, n, 'cpy', s, 'ours', o[n]); }
    }
  }
  if (bad) diffs++; else ok++;
}
console.log({ ok, diffs, perr, cerr });
