// The V8 flags the launchers start node with are the ones the benchmark harness uses (host-flags.ts),
// and executing a launcher directly really passes them to node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_NODE_FLAGS } from '../src/host-flags';

const root = resolve(__dirname, '../../..');
const launchers = [join(root, 'pyarena'), join(root, 'apps/cli/bin/pyarena.mjs')];

describe('host node flags', () => {
  it('are on the #! line of both launchers', () => {
    for (const file of launchers) {
      const first = readFileSync(file, 'utf8').split('\n')[0];
      expect(first).toBe(`#!/usr/bin/env -S node ${HOST_NODE_FLAGS.join(' ')}`);
    }
  });

  it.runIf(existsSync(join(root, 'apps/cli/dist/pyarena.mjs')) && process.platform !== 'win32')(
    'reach node when ./pyarena is executed',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'pyarena-flags-'));
      const stats = join(dir, 'stats.json');
      const r = spawnSync(launchers[0]!, ['--stats-json', stats, '-c', 'print("ok")'], { encoding: 'utf8', cwd: root });
      expect(r.stdout).toBe('ok\n');
      expect(r.status).toBe(0);
      expect(JSON.parse(readFileSync(stats, 'utf8')).nodeFlags).toEqual([...HOST_NODE_FLAGS]);
    },
  );
});
