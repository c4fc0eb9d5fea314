// Development check: parse each file given with our parser and with CPython (python3), and
// print the first difference between the two ASTs. Usage: npx tsx scripts/compare-with-cpython.ts FILE...
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '../src/index';

const helper = fileURLToPath(new URL('./cpython_ast.py', import.meta.url));

function normalise(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? Array.from(x) : x)),
  );
}

function firstDiff(a: unknown, b: unknown, path: string): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b)) return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  if (a && typeof a === 'object') {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    if (Array.isArray(a) && a.length !== (b as unknown[]).length) return `${path}: length ${a.length} vs ${(b as unknown[]).length}`;
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
      const d = firstDiff(ao[k], bo[k], `${path}.${k}${ao['lineno'] !== undefined ? `@${ao['lineno']}:${ao['col']}` : ''}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

let failures = 0;
for (const file of process.argv.slice(2)) {
  const ours = normalise(parse(readFileSync(file, 'utf8'), file));
  const theirs = JSON.parse(execFileSync('python3', [helper, file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const d = firstDiff(ours, theirs, 'Module');
  if (d) {
    failures++;
    console.log(`${file}: ours vs cpython: ${d}`);
  } else console.log(`${file}: same`);
}
process.exitCode = failures ? 1 : 0;
