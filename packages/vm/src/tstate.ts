// Thread state (CPython's PyThreadState): the current frame chain, recursion depth, the exception
// being handled, and the builtins namespace. One interpreter runs at a time per process.

import type { CodeObject } from '@pyarena/compiler';
import type { PyObject, RootSet, Value, Visit } from '@pyarena/memory';
import type { Frame } from './frame';
import { codeRuntime, type CodeRuntime } from './objects/code';
import { newCell } from './objects/constructors';
import { None } from './objects/constructors';
import { raise, RecursionError } from './errors';
import { heap } from './state';

class ThreadState implements RootSet {
  frame: Frame | null = null;
  depth = 0;
  recursionLimit = 1000;
  /** sys.exc_info()[1]: the exception being handled (owned), or None. */
  handledException: Value = None;
  builtins!: PyObject;
  /** Extra roots: module objects, sys state... registered by the runtime. */
  extraRoots: (() => Value[]) = () => [];
  /** Frames of suspended generators are reached through their generator objects. */

  runtimeOf(code: CodeObject): CodeRuntime {
    return (code.runtime as CodeRuntime | null) ?? codeRuntime(code);
  }

  newCell(initial: Value | undefined): PyObject {
    return newCell(initial);
  }

  recursionError(): never {
    raise(RecursionError, 'maximum recursion depth exceeded');
  }

  /** Runs a pending collection with the current frame's stack depth recorded. */
  safepoint(f: Frame, sp: number): void {
    f.sp = sp;
    heap.safepoint(this);
  }

  visitRoots(visit: Visit): void {
    // A running generator's frame belongs to its generator object, which visits it.
    for (let f = this.frame; f !== null; f = f.back) if (f.generator === null) f.visit(visit);
    if (typeof this.handledException === 'object') visit(this.handledException);
    for (const v of this.extraRoots()) if (typeof v === 'object') visit(v);
  }

  /**
   * True when the frame chain holds every reference the VM has: no native helper (sum, sorted,
   * a generator's resume, __del__...) is waiting below a frame it re-entered the eval loop for.
   * Such re-entries start an entry frame; only the outermost frame may be one.
   */
  rootsComplete(): boolean {
    for (let f = this.frame; f !== null; f = f.back) if (f.isEntry && f.back !== null) return false;
    return true;
  }

  reset(): void {
    this.frame = null;
    this.depth = 0;
    this.recursionLimit = 1000;
    this.handledException = None;
  }
}

export const tstate = new ThreadState();
