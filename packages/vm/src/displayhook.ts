// What interactive input does with the value of an expression statement: the PRINT_EXPR
// instruction calls sys.displayhook (Python/sysmodule.c sys_displayhook), which prints the
// value's repr on stdout and keeps it in builtins._ (None prints nothing and keeps `_`).

import type { PyObject, Value } from '@pyarena/memory';
import type { NativeFn } from './objects/types';
import { ModuleType, type ModuleData } from './objects/types';
import { None, newStr } from './objects/constructors';
import { dictGetStr, dictSet } from './objects/dict';
import { checkArgs } from './objects/builtin-function';
import { RuntimeError, raise } from './errors';
import { decref } from './refs';
import { repr } from './ops/repr';
import { runtimeIO } from './io';
import { tstate } from './tstate';
import { callObject } from './call';

function setBuiltinUnderscore(v: Value): void {
  const key = newStr('_');
  dictSet(tstate.builtins as PyObject, key, v);
  decref(key);
}

/** sys.displayhook(value). */
export const displayhook: NativeFn = (args, kwnames) => {
  checkArgs('displayhook', args, kwnames, 1, 1);
  const v = args[0]!;
  if (v === None) return None;
  // `_` is None while repr() runs, so a failing repr does not leave the previous value there.
  setBuiltinUnderscore(None);
  runtimeIO.stdout(repr(v) + '\n');
  setBuiltinUnderscore(v);
  return None;
};

/** The sys module once imported (set by modules/sys.ts: no import cycle through the registry). */
export const displayHooks = {
  sysModule: (): Value | undefined => undefined,
};

/** PRINT_EXPR: sys.displayhook(v) when sys is imported (it may be replaced), else the builtin one. */
export function printExpr(v: Value): void {
  const sys = displayHooks.sysModule();
  if (sys === undefined || typeof sys === 'number' || sys.type !== ModuleType) {
    decref(displayhook([v], null, null));
    return;
  }
  const hook = dictGetStr((sys.data as ModuleData).dict, 'displayhook');
  if (hook === undefined) raise(RuntimeError, 'lost sys.displayhook');
  decref(callObject(hook, [v], null));
}
