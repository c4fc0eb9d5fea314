// What the results were measured on: printed in the report, kept in the JSON.

import { execFileSync } from 'node:child_process';
import { cpus, freemem, totalmem, loadavg, release, type } from 'node:os';
import { HOST_NODE_FLAGS } from 'pyarena/bench';
import type { HostStalls } from './host-stalls';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  /** 1-minute load average when the run started (other work on the machine skews timings). */
  loadAverage: number;
  os: string;
  node: string;
  v8: string;
  /** The V8 flags pyarena's processes ran with (HOST_NODE_FLAGS); absent in older results. */
  nodeFlags?: string[];
  python: string | null;
  pyarenaCommit: string | null;
  /** The working tree had uncommitted changes. */
  dirty: boolean | null;
  /** The host's own stalls of a busy JS thread, measured before the runs; absent in older results. */
  hostStalls?: HostStalls;
}

export function machineInfo(python: string | null, repoRoot: string): MachineInfo {
  let commit: string | null = null;
  let dirty: boolean | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
  } catch {
    commit = null;
  }
  const c = cpus();
  return {
    cpuModel: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    os: `${type()} ${release()}`,
    node: process.version,
    v8: process.versions.v8,
    nodeFlags: [...HOST_NODE_FLAGS],
    python,
    pyarenaCommit: commit,
    dirty,
  };
}
