// Exception unwinding (CPython 3.11's exception_unwind in ceval.c): record the traceback entry,
// search the frame's exception table, and either jump to the handler or pop the frame and try
// its caller, up to the entry frame of the current execute() call.

import type { CodeObject } from '@pyarena/compiler';
import { MemoryLimitError } from '@pyarena/memory';
import type { PyObject, Value } from '@pyarena/memory';
import type { Frame } from './frame';
import { tstate } from './tstate';
import { decref } from './refs';
import type { ExceptionData, TracebackEntry } from './errors';
import { InternalError, isHostStackOverflow, MemoryError, newException, PyErr, RecursionError } from './errors';
import { newStr, None } from './objects/constructors';
import { heap } from './state';

/** Converts anything thrown inside the loop into a PyErr (or rethrows a genuine internal bug). */
export function toPyErr(e: unknown): PyErr {
  if (e instanceof PyErr) return e;
  if (e instanceof MemoryLimitError) return new PyErr(newMemoryError());
  if (isHostStackOverflow(e)) {
    return new PyErr(newException(RecursionError, [newStr('maximum recursion depth exceeded')]));
  }
  // The host refused a payload the model allowed (a string past V8's 2**29 - 24 characters, an
  // array or byte array too long): Python sees the MemoryError malloc would have given it.
  if (e instanceof RangeError && HOST_ALLOCATION_FAILURE.test(e.message)) return new PyErr(newMemoryError());
  throw e;
}

/** Where a host error (a bug in pyarena) first reached Python code: the innermost frame's file and line. */
const internalErrorLocations = new WeakMap<object, { filename: string; lineno: number }>();

function noteInternalErrorLocation(e: unknown, f: Frame): unknown {
  if (typeof e === 'object' && e !== null && !internalErrorLocations.has(e)) {
    internalErrorLocations.set(e, { filename: f.code.filename, lineno: f.code.positions[(f.lasti >> 1) * 4] ?? -1 });
  }
  return e;
}

/** The Python file and line an internal error was raised under, for its report (null if none ran). */
export function internalErrorLocation(e: unknown): { filename: string; lineno: number } | null {
  return typeof e === 'object' && e !== null ? internalErrorLocations.get(e) ?? null : null;
}

const HOST_ALLOCATION_FAILURE = /^(Invalid (string|array|typed array) length|Array buffer allocation failed|Maximum BigInt size exceeded)/;

/**
 * The MemoryError for a failed allocation. The heap is at its limit, so the exception object is
 * allocated with the limit lifted for that one object (CPython keeps preallocated MemoryErrors).
 */
function newMemoryError(): PyObject {
  const limit = heap.maxHeap;
  heap.maxHeap = 0;
  try {
    return newException(MemoryError, []);
  } finally {
    heap.maxHeap = limit;
  }
}

export function addTraceback(exc: PyObject, f: Frame): void {
  const data = exc.data as ExceptionData;
  const code = f.code;
  const i = (f.lasti >> 1) * 4;
  const entry: TracebackEntry = {
    filename: code.filename,
    name: code.name,
    lineno: code.positions[i] ?? -1,
    endLineno: code.positions[i + 1] ?? -1,
    col: code.positions[i + 2] ?? -1,
    endCol: code.positions[i + 3] ?? -1,
    frame: f,
  };
  data.traceback.push(entry);
  (f.tracebackEntries ??= []).push(entry);
}

function findHandler(code: CodeObject, lasti: number) {
  for (const h of code.exceptionTable) {
    if (lasti >= h.start && lasti < h.end) return h;
  }
  return null;
}

/**
 * Implicit chaining (PEP 3134): an exception raised while another is being handled records it
 * as __context__, unless that would make a cycle (CPython's _PyErr_SetObject).
 */
function setContext(exc: PyObject): void {
  const handled = tstate.handledException;
  const data = exc.data as ExceptionData;
  if (handled === None || handled === exc || typeof handled !== 'object' || data.context !== null) return;
  if (data.traceback.length > 0 && !data.skipTraceback) return; // already propagating
  for (let c: Value | null = handled; typeof c === 'object' && c !== null; c = (c.data as ExceptionData).context) {
    if (c === exc) return;
  }
  handled.refcnt++;
  data.context = handled;
}

/**
 * Handles exception `e` raised in frame `f`. Returns the frame to resume in, with pc at the
 * handler and the exception pushed; rethrows when no frame up to the entry frame handles it.
 */
export function handleException(e: unknown, f: Frame): Frame {
  if (e instanceof InternalError) throw noteInternalErrorLocation(e, f);
  let err: PyErr;
  try {
    err = toPyErr(e);
  } catch (bug) {
    throw noteInternalErrorLocation(bug, f);
  }
  const exc = err.exc;
  setContext(exc);
  for (;;) {
    if (!(exc.data as ExceptionData).skipTraceback) addTraceback(exc, f);
    (exc.data as ExceptionData).skipTraceback = false;
    const h = findHandler(f.code, f.lasti);
    if (h !== null) {
      const stack = f.stack;
      while (f.sp > h.depth) {
        const v = stack[--f.sp]!;
        stack[f.sp] = null;
        decref(v);
      }
      if (h.pushLasti) stack[f.sp++] = f.lasti;
      stack[f.sp++] = exc; // the PyErr's reference moves to the stack
      f.pc = h.target;
      return f;
    }
    if (f.isEntry) throw err;
    const back = f.back!;
    f.clear(); // its traceback entry takes the frame's references (Frame.tracebackEntries)
    tstate.depth--;
    tstate.frame = back;
    f = back;
  }
}
