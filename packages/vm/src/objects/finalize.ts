// Running __del__ (CPython's slot_tp_finalize): an exception escaping __del__ is printed as
// "Exception ignored in: ..." and otherwise swallowed, exactly as CPython does. gc.callbacks and
// weakref callbacks (modules/weakref.ts) report their exceptions the same way
// (PyErr_WriteUnraisable).

import type { PyObject, Value } from '@pyarena/memory';
import { lookupInType } from './typeobject';
import { callObject } from '../call';
import { decref } from '../refs';
import { PyErr } from '../errors';
import { runtimeIO } from '../io';
import { repr } from '../ops/repr';
import { formatException } from '../traceback';
import { tstate } from '../tstate';

/**
 * PyErr_WriteUnraisable: prints "Exception ignored in: <repr of obj>" and the traceback of the
 * error on stderr, and releases the exception (the caller's PyErr is consumed).
 */
export function writeUnraisable(obj: Value, e: PyErr): void {
  runtimeIO.flush();
  runtimeIO.stderr(`Exception ignored in: ${repr(obj)}\n` + formatException(e.exc));
  decref(e.exc);
}

/**
 * Calls `fn(...args)` where nobody can catch its exceptions (__del__, weakref callbacks): the
 * result is dropped, the handled exception is preserved, and a Python exception goes to
 * writeUnraisable(what). Arguments borrowed.
 */
export function callUnraisable(fn: Value, args: Value[], what: Value = fn): void {
  const saved = tstate.handledException;
  try {
    decref(callObject(fn, args, null));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    writeUnraisable(what, e);
  } finally {
    tstate.handledException = saved;
  }
}

export function finalizeWithDel(o: PyObject): void {
  const del = lookupInType(o.type, '__del__');
  if (del === undefined) return;
  callUnraisable(del, [o]);
}
