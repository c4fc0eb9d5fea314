// The native half of tracemalloc (CPython's Modules/_tracemalloc.c), named `_tracemalloc` as in
// CPython; the Python half (Snapshot, Statistic, Filter...) is lib/tracemalloc.py.
//
// While tracing, the heap's AllocationTracer hook (packages/memory/src/tracer.ts) tells us of
// every block the modelled allocator hands out or takes back. Each block gets a trace: its
// block-rounded size and the traceback of the Python code running at that moment, innermost
// frame first (the frames' current lines; Frame.lasti is kept current by the interpreter loop).
// Sizes are the model's, not CPython's malloc requests: see docs/memory.md section 9.
//
// State belongs to one run: it is keyed to the heap in use, so a new program (a new Heap)
// starts with tracing off, no traces and a traceback limit of 1.

import type { CodeObject } from '@pyarena/compiler';
import { GC_IMMORTAL, type AllocationTracer, type Heap, type PyObject, type Value } from '@pyarena/memory';
import { heap } from '../state';
import { tstate } from '../tstate';
import type { Frame } from '../frame';
import { None, bool, newList, newStr, newTuple } from '../objects/constructors';
import { makeBuiltin, checkArgs } from '../objects/builtin-function';
import type { NativeFn } from '../objects/types';
import { OverflowError, ValueError, raise, typeError } from '../errors';
import { sourceCache } from '../traceback';
import { argIndex, isStr } from './args';
import { defineNativeModule, setAttrSteal } from './registry';
import { decref } from '../refs';

/** tracemalloc's MAX_NFRAME: frames are counted in a uint16. */
export const MAX_NFRAME = 65535;

/** An interned traceback: (filename, lineno) pairs, most recent call first. */
export class Traceback {
  readonly frames: readonly (readonly [string, number])[];
  constructor(frames: readonly (readonly [string, number])[]) {
    this.frames = frames;
  }
}

/** The traceback of an allocation made with no Python frame running. */
const UNKNOWN = new Traceback([['<unknown>', 0]]);

interface Trace {
  size: number;
  traceback: Traceback;
  /** Frames on the stack when the block was allocated, including those beyond the limit. */
  totalNframe: number;
}

/** The line a frame is executing (0 when its code has no line for the instruction). */
function frameLine(f: Frame): number {
  const line = f.code.positions[(f.lasti >> 1) * 4];
  return line === undefined || line < 0 ? 0 : line;
}

/** The tracer of one run: traces by block address, and the traced-memory counters. */
export class TraceState implements AllocationTracer {
  tracing = false;
  /** get_traceback_limit(): kept after stop(), as CPython's config.max_nframe. */
  nframe = 1;
  readonly traces = new Map<number, Trace>();
  current = 0;
  peak = 0;
  /** One-frame tracebacks by code object and instruction (pc / 2). */
  private readonly byCode = new WeakMap<CodeObject, (Traceback | undefined)[]>();
  /** Longer tracebacks by the ids of their one-frame parts. */
  private readonly byKey = new Map<string, Traceback>();
  private readonly ids = new Map<Traceback, number>();

  readonly heap: Heap;

  constructor(h: Heap) {
    this.heap = h;
  }

  start(nframe: number): void {
    if (this.tracing) return; // CPython: a second start() keeps the running configuration
    this.nframe = nframe;
    this.tracing = true;
    this.heap.tracer = this;
  }

  stop(): void {
    if (!this.tracing) return;
    this.tracing = false;
    if (this.heap.tracer === this) this.heap.tracer = null;
    this.clear();
  }

  clear(): void {
    this.traces.clear();
    this.current = 0;
    this.peak = 0;
  }

  // ---- AllocationTracer (called by the heap on its allocation and free paths)

  objectAlloc(addr: number, size: number): void {
    this.add(addr, size);
  }

  objectFree(addr: number): void {
    this.remove(addr);
  }

  bufferAlloc(addr: number, size: number): void {
    this.add(addr, size);
  }

  bufferRealloc(oldAddr: number, newAddr: number, size: number): void {
    // As tracemalloc_realloc: the block is traced afresh, with the current traceback, even when
    // it stayed in place or was allocated before tracing started.
    if (oldAddr !== newAddr) this.remove(oldAddr);
    this.add(newAddr, size);
  }

  bufferFree(addr: number): void {
    this.remove(addr);
  }

  private add(addr: number, size: number): void {
    const f = tstate.frame;
    const traceback = f === null ? UNKNOWN : this.nframe === 1 ? this.oneFrame(f) : this.manyFrames(f);
    const old = this.traces.get(addr);
    if (old !== undefined) this.current -= old.size;
    this.traces.set(addr, { size, traceback, totalNframe: f === null ? 0 : tstate.depth });
    this.current += size;
    if (this.current > this.peak) this.peak = this.current;
  }

  private remove(addr: number): void {
    const t = this.traces.get(addr);
    if (t === undefined) return; // allocated before tracing started, or already cleared
    this.traces.delete(addr);
    this.current -= t.size;
  }

  private oneFrame(f: Frame): Traceback {
    let byPc = this.byCode.get(f.code);
    if (byPc === undefined) {
      byPc = [];
      this.byCode.set(f.code, byPc);
    }
    const i = f.lasti >> 1;
    let tb = byPc[i];
    if (tb === undefined) {
      const line = frameLine(f);
      // Instructions of one line share one traceback object.
      tb = this.intern(`${this.fileId(f.code.filename)}:${line}`, () => new Traceback([[f.code.filename, line]]));
      byPc[i] = tb;
    }
    return tb;
  }

  private manyFrames(innermost: Frame): Traceback {
    const parts: Traceback[] = [];
    let key = '';
    for (let f: Frame | null = innermost; f !== null && parts.length < this.nframe; f = f.back) {
      const one = this.oneFrame(f);
      parts.push(one);
      key += `${this.ids.get(one)!},`;
    }
    return this.intern(key, () => new Traceback(parts.map((p) => p.frames[0]!)));
  }

  private readonly fileIds = new Map<string, number>();
  private fileId(filename: string): number {
    let id = this.fileIds.get(filename);
    if (id === undefined) {
      id = this.fileIds.size;
      this.fileIds.set(filename, id);
    }
    return id;
  }

  private intern(key: string, make: () => Traceback): Traceback {
    let tb = this.byKey.get(key);
    if (tb === undefined) {
      tb = make();
      this.byKey.set(key, tb);
      this.ids.set(tb, this.ids.size);
    }
    return tb;
  }

  /** get_tracemalloc_memory(): an estimate of this module's own bookkeeping, in bytes. */
  ownMemory(): number {
    let frames = 0;
    for (const tb of this.byKey.values()) frames += tb.frames.length;
    // A hashtable entry per trace (key, size, traceback pointer) and per traceback, plus frames.
    return 512 + 48 * this.traces.size + 40 * this.byKey.size + 8 * frames;
  }
}

let state: TraceState | null = null;

/** The tracer of the current run (created on first use in each run). */
export function traceState(): TraceState {
  if (state === null || state.heap !== heap) state = new TraceState(heap);
  return state;
}

/** A Python traceback tuple: ((filename, lineno), ...), most recent first. New reference. */
class PyTracebacks {
  private readonly tuples = new Map<Traceback, PyObject>();
  private readonly strs = new Map<string, PyObject>();

  get(tb: Traceback): PyObject {
    let t = this.tuples.get(tb);
    if (t === undefined) {
      t = newTuple(tb.frames.map(([filename, line]) => newTuple([this.str(filename), line])));
      this.tuples.set(tb, t);
    }
    t.refcnt++;
    return t;
  }

  private str(s: string): PyObject {
    let o = this.strs.get(s);
    if (o === undefined) {
      o = newStr(s);
      this.strs.set(s, o);
    }
    o.refcnt++;
    return o;
  }

  /** Drops the cache's own references. */
  release(): void {
    for (const t of this.tuples.values()) decref(t);
    for (const s of this.strs.values()) decref(s);
  }
}

function noArgs(name: string, args: Value[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`_tracemalloc.${name}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`_tracemalloc.${name}() takes no arguments (${args.length} given)`);
}

const start: NativeFn = (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError('_tracemalloc.start() takes no keyword arguments');
  checkArgs('start', args, null, 0, 1);
  let nframe = 1;
  if (args.length === 1) {
    const n = argIndex(args[0]!);
    if (n > 2147483647n || n < -2147483648n) raise(OverflowError, 'Python int too large to convert to C int');
    if (n < 1n || n > BigInt(MAX_NFRAME)) raise(ValueError, `the number of frames must be in range [1; ${MAX_NFRAME}]`);
    nframe = Number(n);
  }
  traceState().start(nframe);
  return None;
};

const stop: NativeFn = (args, kwnames) => {
  noArgs('stop', args, kwnames);
  traceState().stop();
  return None;
};

const isTracing: NativeFn = (args, kwnames) => {
  noArgs('is_tracing', args, kwnames);
  return bool(traceState().tracing);
};

const clearTraces: NativeFn = (args, kwnames) => {
  noArgs('clear_traces', args, kwnames);
  const s = traceState();
  if (s.tracing) s.clear();
  return None;
};

const getTracebackLimit: NativeFn = (args, kwnames) => {
  noArgs('get_traceback_limit', args, kwnames);
  return traceState().nframe;
};

const getTracedMemory: NativeFn = (args, kwnames) => {
  noArgs('get_traced_memory', args, kwnames);
  const s = traceState();
  return s.tracing ? newTuple([s.current, s.peak]) : newTuple([0, 0]);
};

const resetPeak: NativeFn = (args, kwnames) => {
  noArgs('reset_peak', args, kwnames);
  const s = traceState();
  if (s.tracing) s.peak = s.current;
  return None;
};

const getTracemallocMemory: NativeFn = (args, kwnames) => {
  noArgs('get_tracemalloc_memory', args, kwnames);
  return traceState().ownMemory();
};

/** _get_traces(): [(domain, size, traceback, total_nframe), ...] of the blocks traced now. */
const getTraces: NativeFn = (args, kwnames) => {
  noArgs('_get_traces', args, kwnames);
  const s = traceState();
  if (!s.tracing) return newList([]);
  // As CPython (set_reentrant around the conversion), the objects of the result are not traced:
  // a snapshot does not inflate get_traced_memory(). Their frees later are untraced, so ignored.
  const h = s.heap;
  const tracer = h.tracer;
  h.tracer = null;
  const cache = new PyTracebacks();
  try {
    const items: Value[] = [];
    for (const t of s.traces.values()) items.push(newTuple([0, t.size, cache.get(t.traceback), t.totalNframe]));
    return newList(items);
  } finally {
    cache.release();
    h.tracer = tracer;
  }
};

/** _get_object_traceback(obj): the traceback tuple of the block holding obj, or None. */
const getObjectTraceback: NativeFn = (args, kwnames) => {
  checkArgs('_get_object_traceback', args, kwnames, 1, 1);
  const s = traceState();
  const obj = args[0]!;
  // Small ints are immediates and immortals are statics: neither has a traced block.
  if (!s.tracing || typeof obj === 'number' || (obj.gcFlags & GC_IMMORTAL) !== 0) return None;
  const t = s.traces.get(obj.addr);
  if (t === undefined) return None;
  const cache = new PyTracebacks();
  const tb = cache.get(t.traceback);
  cache.release();
  return tb;
};

// ---- helpers for lib/tracemalloc.py (CPython's module uses fnmatch and linecache)

const patterns = new Map<string, RegExp>();

/** fnmatch.translate for POSIX (normcase is the identity): *, ?, [seq], [!seq]. */
export function translateGlob(pat: string): RegExp {
  let re = '';
  const n = pat.length;
  for (let i = 0; i < n;) {
    const c = pat[i++]!;
    if (c === '*') {
      while (pat[i] === '*') i++;
      re += '[\\s\\S]*';
    } else if (c === '?') {
      re += '[\\s\\S]';
    } else if (c === '[') {
      let j = i;
      if (pat[j] === '!') j++;
      if (pat[j] === ']') j++;
      while (j < n && pat[j] !== ']') j++;
      if (j >= n) {
        re += '\\['; // no closing bracket: a literal '['
        continue;
      }
      const stuff = pat.slice(i, j);
      i = j + 1;
      if (stuff === '') re += '(?!)'; // '[]' matches nothing
      else if (stuff === '!') re += '[\\s\\S]'; // '[!]' matches any character
      else {
        let body = '';
        for (let k = 0; k < stuff.length; k++) {
          const d = stuff[k]!;
          if (k === 0 && d === '!') body += '^';
          else if (d === '\\' || d === ']' || d === '[' || (k === 0 && d === '^')) body += '\\' + d;
          else body += d;
        }
        re += `[${body}]`;
      }
    } else {
      re += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    }
  }
  try {
    return new RegExp(`^(?:${re})$`, 's');
  } catch {
    return /(?!)/; // a range out of order ('[z-a]') matches nothing here
  }
}

const fnmatch: NativeFn = (args, kwnames) => {
  checkArgs('_fnmatch', args, kwnames, 2, 2);
  const [name, pat] = args as [Value, Value];
  if (!isStr(name) || !isStr(pat)) typeError('_fnmatch() arguments must be str');
  const p = pat.data as string;
  let re = patterns.get(p);
  if (re === undefined) {
    re = translateGlob(p);
    patterns.set(p, re);
  }
  return bool(re.test(name.data as string));
};

/** linecache.getline over the sources the runtime keeps for tracebacks ('' when unknown). */
const getline: NativeFn = (args, kwnames) => {
  checkArgs('_getline', args, kwnames, 2, 2);
  const [name, lineno] = args as [Value, Value];
  if (!isStr(name)) typeError('_getline() argument 1 must be str');
  const n = Number(argIndex(lineno));
  const lines = sourceCache.get(name.data as string);
  const line = lines !== undefined && n >= 1 && n <= lines.length ? lines[n - 1]! : undefined;
  return newStr(line === undefined ? '' : line + '\n');
};

const FUNCTIONS: Record<string, NativeFn> = {
  start,
  stop,
  is_tracing: isTracing,
  clear_traces: clearTraces,
  get_traceback_limit: getTracebackLimit,
  get_traced_memory: getTracedMemory,
  reset_peak: resetPeak,
  get_tracemalloc_memory: getTracemallocMemory,
  _get_traces: getTraces,
  _get_object_traceback: getObjectTraceback,
  _fnmatch: fnmatch,
  _getline: getline,
};
let builtins: [string, PyObject][] | null = null;

defineNativeModule('_tracemalloc', (dict) => {
  builtins ??= Object.entries(FUNCTIONS).map(([name, fn]) => [name, makeBuiltin(name, fn, name, '_tracemalloc')]);
  for (const [name, f] of builtins) setAttrSteal(dict, name, f);
});
