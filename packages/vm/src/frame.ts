// Frames (CPython's _PyInterpreterFrame): one activation of a code object. Every slot holds an
// owned reference: fast locals, cells, and the value stack. A frame outlives its call only when a
// generator holds it.

import type { CodeObject } from '@pyarena/compiler';
import type { PyObject, Value, Visit } from '@pyarena/memory';
import type { TracebackEntry } from './errors';
import { decref } from './refs';

export class Frame {
  code: CodeObject;
  /** The function being run (owned), or null for module and class bodies. */
  func: PyObject | null;
  globals: PyObject;
  builtins: PyObject;
  /** The locals mapping of module and class bodies (owned), else null. */
  locals: PyObject | null;
  /** Fast locals; undefined marks an unbound local. */
  fast: (Value | undefined)[];
  /** Cell objects: cellvars then freevars (owned). */
  cells: PyObject[];
  stack: (Value | null)[];
  sp = 0;
  pc = 0;
  /** pc of the instruction being executed: tracebacks and exception-table lookup use it. */
  lasti = 0;
  back: Frame | null = null;
  /** Returning from an entry frame leaves the current execute() call. */
  isEntry = false;
  /** Materialised constants of `code` (borrowed from the code's runtime cache). */
  consts: Value[];
  /** For generator frames: the generator object (borrowed) and whether it has started. */
  generator: PyObject | null = null;
  started = false;
  /** Set by YIELD_VALUE so execute() knows the frame suspended rather than returned. */
  suspended = false;
  /** An exception to raise at the resume point (gen.throw()); owned. */
  pendingThrow: PyObject | null = null;

  constructor(code: CodeObject, func: PyObject | null, globals: PyObject, builtins: PyObject,
    locals: PyObject | null, consts: Value[]) {
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    // Filled by push, not new Array(n).fill(): V8 then keeps them packed (no hole checks on
    // every LOAD_FAST and stack access).
    const fast: (Value | undefined)[] = [];
    for (let i = 0; i < code.varnames.length; i++) fast.push(undefined);
    this.fast = fast;
    this.cells = [];
    const stack: (Value | null)[] = [];
    for (let i = 0; i <= code.maxStack; i++) stack.push(null);
    this.stack = stack;
    this.consts = consts;
  }

  /**
   * Readies a finished frame of the same code for another call (a frame from its code's free
   * list, recycleFrame): clear() left it holding nothing, so only the bookkeeping is reset.
   */
  reuse(globals: PyObject, builtins: PyObject): this {
    this.globals = globals;
    this.builtins = builtins;
    this.pc = 0;
    this.lasti = 0;
    this.back = null;
    this.isEntry = false;
    this.started = false;
    this.suspended = false;
    return this;
  }

  /** Visits every owned reference (roots for the heap verifier and the collector). */
  visit(visit: Visit): void {
    if (this.func !== null) visit(this.func);
    if (this.locals !== null) visit(this.locals);
    for (const v of this.fast) if (typeof v === 'object') visit(v);
    for (const c of this.cells) visit(c);
    for (let i = 0; i < this.sp; i++) {
      const v = this.stack[i];
      if (typeof v === 'object' && v !== null) visit(v);
    }
  }

  /**
   * Traceback entries of living exceptions that point at this frame (it raised or passed on an
   * exception that is still referenced): when the frame finishes, its locals, cells, locals dict
   * and function move to the first of them (TracebackEntry.frameRefs), as CPython's frame object
   * keeps them while a traceback refers to it.
   */
  tracebackEntries: TracebackEntry[] | null = null;

  /** Moves the frame's own references out (owned by the caller from now on). */
  private takeRefs(): Value[] {
    const refs: Value[] = [];
    const fast = this.fast;
    for (let i = 0; i < fast.length; i++) {
      const v = fast[i];
      if (v !== undefined) {
        fast[i] = undefined;
        refs.push(v);
      }
    }
    refs.push(...this.cells);
    this.cells = [];
    if (this.locals !== null) refs.push(this.locals);
    this.locals = null;
    if (this.func !== null) refs.push(this.func);
    this.func = null;
    return refs;
  }

  /** Drops every owned reference (the frame is finished), or hands them to a traceback. */
  clear(): void {
    const entries = this.tracebackEntries;
    if (entries !== null) {
      this.tracebackEntries = null;
      for (const e of entries) e.frame = null;
      if (entries[0]!.frameRefs === undefined) entries[0]!.frameRefs = this.takeRefs();
    }
    const fast = this.fast;
    for (let i = 0; i < fast.length; i++) {
      const v = fast[i];
      if (v !== undefined) {
        fast[i] = undefined;
        decref(v);
      }
    }
    const cells = this.cells;
    if (cells.length > 0) {
      this.cells = [];
      for (const c of cells) decref(c);
    }
    while (this.sp > 0) {
      const v = this.stack[--this.sp]!;
      this.stack[this.sp] = null;
      decref(v);
    }
    const locals = this.locals;
    this.locals = null;
    if (locals !== null) decref(locals);
    const func = this.func;
    this.func = null;
    if (func !== null) decref(func);
  }
}
