#!/usr/bin/env node
// Records what CPython 3.11 prints for each scripted REPL session in test/repl/*.txt:
// `python3 -i` with the session as piped stdin, stdout and stderr interleaved (unbuffered), the
// banner's two lines dropped. repl.test.ts compares pyarena's replTranscript() with these.
//   node test/record-repl.mjs
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'repl');

/** CPython's transcript of one session: { transcript, exitCode } (banner removed). */
export function cpythonSession(input) {
  const r = spawnSync('sh', ['-c', 'exec python3 -i 2>&1'], {
    input, encoding: 'utf8', env: { ...process.env, PYTHONUNBUFFERED: '1', PYTHONSTARTUP: '', PYTHONIOENCODING: 'utf-8' }, cwd: dir,
  });
  const lines = r.stdout.split('\n');
  if (!lines[0].startsWith('Python 3.11')) throw new Error(`not CPython 3.11: ${lines[0]}`);
  return { transcript: lines.slice(2).join('\n'), exitCode: r.status };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const golden = cpythonSession(readFileSync(join(dir, f), 'utf8'));
    writeFileSync(join(dir, f.replace(/\.txt$/, '.expected.json')), JSON.stringify(golden, null, 2) + '\n');
    console.log(`${f}: exit ${golden.exitCode}`);
  }
}
