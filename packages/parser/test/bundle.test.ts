// The committed grammar bundle (src/python.ohm-bundle.js + .d.ts) is what runs; it must be
// exactly what `ohm generateBundles` makes of src/python.ohm today. Fix a failure with
// `pnpm -F @pyarena/parser build`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('..', import.meta.url));

it('the generated bundle is up to date with python.ohm', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyarena-ohm-'));
  try {
    copyFileSync(join(pkg, 'src/python.ohm'), join(dir, 'python.ohm'));
    execFileSync(join(pkg, 'node_modules/.bin/ohm'), ['generateBundles', '--withTypes', '--esm', 'python.ohm'], {
      cwd: dir,
      stdio: 'pipe',
    });
    for (const file of ['python.ohm-bundle.js', 'python.ohm-bundle.d.ts']) {
      const fresh = readFileSync(join(dir, file), 'utf8');
      const committed = readFileSync(join(pkg, 'src', file), 'utf8');
      expect(committed, `${file} is stale: run the package's build script`).toBe(fresh);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);

it('the parser loads the precompiled bundle, not the grammar source', () => {
  const sources = ['parse.ts', 'to-ast.ts'].map((f) => readFileSync(join(pkg, 'src', f), 'utf8'));
  for (const s of sources) {
    expect(s).not.toMatch(/ohm\.grammar\(|readFileSync/);
  }
  expect(sources.join('\n')).toContain("from './python.ohm-bundle.js'");
});
