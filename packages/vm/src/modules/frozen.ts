// Library modules written in Python (packages/vm/lib/*.py). They are compiled at build time by
// scripts/freeze.ts into frozen-modules.generated.ts, so importing one never runs the parser
// (CPython freezes its start-up modules the same way). The loader here turns the stored marshal
// text (packages/compiler/src/marshal.ts) back into a CodeObject and runs it in the new module's
// namespace.

import { loadCode, type CodeObject } from '@pyarena/compiler';
import type { PyObject } from '@pyarena/memory';
import { importState } from './registry';
import { FROZEN_MODULES } from './frozen-modules.generated';
import { codeRuntime } from '../objects/code';
import { Frame } from '../frame';
import { execute } from '../interpreter';
import { tstate } from '../tstate';
import { decref } from '../refs';

const thawed = new Map<string, CodeObject>();

importState.loadPythonModule = (name: string, dict: PyObject): boolean => {
  // An own property only: `import constructor` must not find Object.prototype's.
  const frozen = Object.hasOwn(FROZEN_MODULES, name) ? FROZEN_MODULES[name] : undefined;
  if (frozen === undefined) return false;
  let code = thawed.get(name);
  if (code === undefined) {
    code = loadCode(frozen);
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
