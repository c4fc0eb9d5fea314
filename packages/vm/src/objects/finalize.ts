// Running __del__ (CPython's slot_tp_finalize): an exception escaping __del__ is printed as
// "Exception ignored in: ..." and otherwise swallowed, exactly as CPython does.

import type { PyObject } from '@pyarena/memory';
import { lookupInType } from './typeobject';
import { callObject } from '../call';
import { decref } from '../refs';
import { PyErr } from '../errors';
import { runtimeIO } from '../io';
import { repr } from '../ops/repr';
import { formatException } from '../traceback';
import { tstate } from '../tstate';

export function finalizeWithDel(o: PyObject): void {
  const del = lookupInType(o.type, '__del__');
  if (del === undefined) return;
  const saved = tstate.handledException;
  try {
    decref(callObject(del, [o], null));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    runtimeIO.flush();
    runtimeIO.stderr(`Exception ignored in: ${repr(del)}\n` + formatException(e.exc));
    decref(e.exc);
  } finally {
    tstate.handledException = saved;
  }
}
