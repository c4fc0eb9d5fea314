// Library modules written in Python (packages/vm/lib/*.py). They are compiled at build time by
// scripts/freeze.ts into frozen-modules.generated.ts, so importing one never runs the parser
// (CPython freezes its start-up modules the same way). The loader here turns the stored code
// back into a CodeObject and runs it in the new module's namespace.

import type { CodeObject, Const } from '@pyarena/compiler';
import type { PyObject } from '@pyarena/memory';
import { importState } from './registry';
import { FROZEN_MODULES } from './frozen-modules.generated';
import { codeRuntime } from '../objects/code';
import { Frame } from '../frame';
import { execute } from '../interpreter';
import { tstate } from '../tstate';
import { decref } from '../refs';

/** JSON-safe form of a code object (typed arrays as arrays, bigints and bytes as strings). */
export interface FrozenCode {
  [key: string]: unknown;
}

export function thawConst(c: Record<string, unknown>): Const {
  switch (c.type) {
    case 'int': return { type: 'int', value: BigInt(c.value as string) };
    case 'bytes': return { type: 'bytes', value: Uint8Array.from(c.value as number[]) };
    case 'tuple': return { type: 'tuple', items: (c.items as Record<string, unknown>[]).map(thawConst) };
    case 'frozenset': return { type: 'frozenset', items: (c.items as Record<string, unknown>[]).map(thawConst) };
    case 'code': return { type: 'code', code: thawCode(c.code as FrozenCode) };
    case 'float': return { type: 'float', value: c.value === 'nan' ? NaN : c.value === 'inf' ? Infinity : c.value === '-inf' ? -Infinity : (c.value as number) };
    default: return c as unknown as Const;
  }
}

export function thawCode(f: FrozenCode): CodeObject {
  return {
    ...(f as unknown as CodeObject),
    code: Int32Array.from(f.code as number[]),
    cell2arg: Int32Array.from(f.cell2arg as number[]),
    positions: Int32Array.from(f.positions as number[]),
    consts: (f.consts as Record<string, unknown>[]).map(thawConst),
    runtime: null,
  };
}

const thawed = new Map<string, CodeObject>();

importState.loadPythonModule = (name: string, dict: PyObject): boolean => {
  const frozen = FROZEN_MODULES[name];
  if (frozen === undefined) return false;
  let code = thawed.get(name);
  if (code === undefined) {
    code = thawCode(frozen);
    thawed.set(name, code);
  }
  const frame = new Frame(code, null, dict, tstate.builtins, null, codeRuntime(code).consts);
  try {
    decref(execute(frame));
  } finally {
    frame.clear();
  }
  return true;
};
