// _dataclasses: what lib/dataclasses.py needs from the VM. CPython compiles a dataclass's
// __init__ with exec(), so a call with the wrong arguments fails while binding them, before the
// generated frame exists: the traceback ends at the caller's line. Our __init__ is a closure that
// binds its own arguments, so it raises its TypeError through raise_in_caller, which leaves the
// closure's own frame out of the traceback as CPython's binding does.

import type { PyObject } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import { checkArgs, makeBuiltin } from '../objects/builtin-function';
import { typeName } from '../objects/typeobject';
import { isExceptionType, PyErr, typeError, type ExceptionData } from '../errors';
import { defineNativeModule, setAttrSteal } from './registry';

/** raise_in_caller(exc): raises exc as if the calling Python function's caller had raised it. */
const raiseInCaller: NativeFn = (args, kwnames) => {
  checkArgs('raise_in_caller', args, kwnames, 1, 1);
  const exc = args[0]!;
  if (typeof exc !== 'object' || !isExceptionType(exc.type)) {
    typeError(`raise_in_caller() argument must be an exception, not ${typeName(exc)}`);
  }
  exc.refcnt++;
  // The next unwind step, the calling frame's, records no traceback entry (as after RERAISE).
  (exc.data as ExceptionData).skipTraceback = true;
  throw new PyErr(exc as PyObject);
};

let raiseInCallerFn: PyObject | null = null;

defineNativeModule('_dataclasses', (dict) => {
  raiseInCallerFn ??= makeBuiltin('raise_in_caller', raiseInCaller);
  setAttrSteal(dict, 'raise_in_caller', raiseInCallerFn);
});
