// The gc module (Modules/gcmodule.c@3.11) over the heap's collector. Every backend answers the
// whole API; what the answers mean per backend is DESIGN.md section 6 (refcount and pymalloc
// collect nothing). Collections and their events come from the heap; this file only translates:
// gc.callbacks and DEBUG_STATS listen to the heap's event stream, gc.garbage receives what
// DEBUG_SAVEALL keeps.

import { GC_FINALIZED, GC_INLINE, GenerationalCollector, MemoryLimitError, type PyObject, type Value } from '@pyarena/memory';
import type { CollectionEvent } from '@pyarena/memory';
import { heap } from '../state';
import { tstate } from '../tstate';
import type { NativeFn } from '../objects/types';
import { DictType, ListType, StrType, TupleType } from '../objects/types';
import { lookupInType, typeData, typeName } from '../objects/typeobject';
import { isIntLike } from '../ops/numbers';
import { False, None, True, intFromNumber, newDict, newList, newStr, newTuple } from '../objects/constructors';
import { dictSet } from '../objects/dict';
import { listAppendAllSteal } from '../objects/list';
import type { DictTable } from '../objects/dict-table';
import { checkArgs, makeBuiltin } from '../objects/builtin-function';
import { writeUnraisable } from '../objects/finalize';
import { callObject } from '../call';
import { decref, incref } from '../refs';
import { PyErr, ValueError, raise, typeError } from '../errors';
import { runtimeIO } from '../io';
import { argSmallIndex, parseArgs } from './args';
import { defineNativeModule, setAttrSteal } from './registry';

const DEBUG_STATS = 1;
const DEBUG_COLLECTABLE = 2;
const DEBUG_UNCOLLECTABLE = 4;
const DEBUG_SAVEALL = 32;
const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;
const NUM_GENERATIONS = 3;

/** Per-run state of the module: its callbacks and garbage lists (owned by the module dict too). */
interface GcModuleState {
  callbacks: PyObject;
  garbage: PyObject;
  /** gc.set_debug flags for backends whose collector has none of its own. */
  debug: number;
  /** DEBUG_STATS: perf counter at the start of the running collection. */
  statsStart: number;
}
let state: GcModuleState | null = null;

const generational = (): GenerationalCollector | null =>
  heap.collector instanceof GenerationalCollector ? heap.collector : null;

function getDebug(): number {
  return generational()?.debug ?? state?.debug ?? 0;
}

// ---------------------------------------------------------------- collection

function collectGeneration(generation: number): number {
  return heap.collect(generation, tstate);
}

const collect: NativeFn = (args, kwnames) => {
  const [g] = parseArgs('collect', args, kwnames, ['generation'], 0);
  const generation = g === undefined ? NUM_GENERATIONS - 1 : argSmallIndex(g);
  if (generation < 0 || generation >= NUM_GENERATIONS) raise(ValueError, 'invalid generation');
  return collectGeneration(generation);
};

/** The heap's event stream, seen from Python: DEBUG_STATS lines, gc.garbage and gc.callbacks. */
function onCollection(phase: 'start' | 'stop', event: CollectionEvent): void {
  const s = state;
  if (s === null) return;
  const debug = getDebug();
  if (phase === 'start') {
    // gc_collect_with_callback: "start" callbacks run before the collection prints anything.
    runCallbacks(s, phase, event);
    if ((debug & DEBUG_STATS) !== 0) {
      const st = heap.collector.stats();
      runtimeIO.stderr(
        `gc: collecting generation ${event.generation}...\n` +
          `gc: objects in each generation: ${st.generationSizes.join(' ')}\n` +
          `gc: objects in permanent generation: ${st.frozen}\n`,
      );
      s.statsStart = performance.now();
    }
  } else {
    moveSavedGarbage(s);
    if ((debug & DEBUG_STATS) !== 0) {
      const secs = (performance.now() - s.statsStart) / 1000;
      runtimeIO.stderr(
        `gc: done, ${event.collected + event.uncollectable} unreachable, ${event.uncollectable} uncollectable, ${secs.toFixed(4)}s elapsed\n`,
      );
    }
    runCallbacks(s, phase, event);
  }
}

/** DEBUG_SAVEALL: the collector kept the trash (counted references); gc.garbage takes them. */
function moveSavedGarbage(s: GcModuleState): void {
  const c = generational();
  if (c === null || c.garbage.length === 0) return;
  // The collector's references move to the list (PyList_Append each; on MemoryError CPython
  // clears the error and stops: here the references are released).
  const moved = c.garbage.slice();
  c.garbage.length = 0;
  try {
    listAppendAllSteal(s.garbage, moved);
  } catch (e) {
    if (!(e instanceof MemoryLimitError)) throw e;
  }
}

/** gc.callbacks: each called with (phase, info); errors are printed and ignored, as CPython. */
function runCallbacks(s: GcModuleState, phase: 'start' | 'stop', event: CollectionEvent): void {
  const list = s.callbacks.data as Value[];
  if (list.length === 0) return;
  const info = newDict();
  const put = (k: string, v: Value): void => {
    const key = newStr(k);
    dictSet(info, key, v);
    decref(key);
  };
  put('generation', event.generation);
  put('collected', phase === 'start' ? 0 : event.collected);
  put('uncollectable', phase === 'start' ? 0 : event.uncollectable);
  const phaseStr = newStr(phase);
  // invoke_gc_callback walks the live list by index, each callback held while it runs: one that
  // removes itself makes the next one be skipped this time, one appended is called in this pass.
  try {
    // Re-read the list's storage each time: a callback may have resized or replaced it.
    for (let i = 0; i < (s.callbacks.data as Value[]).length; i++) {
      const cb = (s.callbacks.data as Value[])[i]!;
      incref(cb);
      try {
        decref(callObject(cb, [phaseStr, info], null));
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        writeUnraisable(cb, e);
      } finally {
        decref(cb);
      }
    }
  } finally {
    decref(phaseStr);
    decref(info);
  }
}

// ---------------------------------------------------------------- switches and counters

const enable: NativeFn = (args, kwnames) => {
  checkArgs('enable', args, kwnames, 0, 0);
  // Only the generational backend has automatic collections to switch on (DESIGN.md section 6).
  if (heap.collector.findsCycles) heap.collector.enabled = true;
  return None;
};

const disable: NativeFn = (args, kwnames) => {
  checkArgs('disable', args, kwnames, 0, 0);
  heap.collector.enabled = false;
  return None;
};

const isenabled: NativeFn = (args, kwnames) => {
  checkArgs('isenabled', args, kwnames, 0, 0);
  return heap.collector.enabled ? True : False;
};

const getThreshold: NativeFn = (args, kwnames) => {
  checkArgs('get_threshold', args, kwnames, 0, 0);
  return newTuple(heap.collector.getThreshold());
};

const setThreshold: NativeFn = (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError('set_threshold() takes no keyword arguments');
  if (args.length < 1) typeError(`set_threshold() takes at least 1 argument (${args.length} given)`);
  if (args.length > 3) typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
  const t = args.map((a) => toCInt(a));
  heap.collector.setThreshold(t[0]!, t[1], t[2]);
  return None;
};

/** An `int` argument (PyArg "i"): CPython rejects floats with this TypeError. */
function toCInt(v: Value): number {
  if (typeof v !== 'number' && v.type === StrType) typeError(`'str' object cannot be interpreted as an integer`);
  return argSmallIndex(v);
}

const getCount: NativeFn = (args, kwnames) => {
  checkArgs('get_count', args, kwnames, 0, 0);
  return newTuple(heap.collector.getCount());
};

const getStats: NativeFn = (args, kwnames) => {
  checkArgs('get_stats', args, kwnames, 0, 0);
  const st = heap.collector.stats();
  const out: Value[] = [];
  for (let g = 0; g < NUM_GENERATIONS; g++) {
    const d = newDict();
    for (const [k, v] of [['collections', st.collections[g]!], ['collected', st.collected[g]!], ['uncollectable', st.uncollectable[g]!]] as const) {
      const key = newStr(k);
      dictSet(d, key, v);
      decref(key);
    }
    out.push(d);
  }
  return newList(out);
};

const setDebug: NativeFn = (args, kwnames) => {
  const [flags] = parseArgs('set_debug', args, kwnames, ['flags'], 1);
  const f = toCInt(flags!);
  const c = generational();
  if (c !== null) c.debug = f;
  else if (state !== null) state.debug = f;
  return None;
};

const getDebugFn: NativeFn = (args, kwnames) => {
  checkArgs('get_debug', args, kwnames, 0, 0);
  return getDebug();
};

// ---------------------------------------------------------------- objects

const getObjects: NativeFn = (args, kwnames) => {
  const [g] = parseArgs('get_objects', args, kwnames, ['generation'], 0);
  let generation = -1;
  if (g !== undefined && g !== None) {
    // Argument Clinic's Py_ssize_t(accept={int, NoneType}); -1 is the "every generation" default.
    if (typeof g !== 'number' && !isIntLike(g) && lookupInType(g.type, '__index__') === undefined) {
      typeError(`argument should be integer or None, not '${typeName(g)}'`);
    }
    generation = argSmallIndex(g);
  }
  if (generation !== -1) {
    if (generation >= NUM_GENERATIONS) {
      raise(ValueError, `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
    }
    if (generation < 0) raise(ValueError, 'generation parameter cannot be negative');
  }
  const objs = heap.collector.getObjects(generation);
  for (const o of objs) incref(o);
  return newList(objs);
};

/**
 * What `o` refers to, in CPython's tp_traverse order, immediates included (our traverse skips
 * them, but Python code sees small ints as objects). Inline attribute storage is seen through.
 */
function referentsOf(o: PyObject, out: Value[]): void {
  const t = o.type;
  if (t === ListType || t === TupleType) {
    const items = o.data as Value[];
    for (let i = items.length - 1; i >= 0; i--) out.push(items[i]!); // list_traverse runs backwards
    return;
  }
  if (t === DictType) {
    dictReferents(o, out);
    return;
  }
  if (!typeData(t).isGC) return;
  typeData(t).traverse(o, (child) => {
    if ((child.gcFlags & GC_INLINE) !== 0) dictReferents(child, out);
    else out.push(child);
  });
}

/** dict_traverse: values only when every key is a str, else value then key per entry. */
function dictReferents(d: PyObject, out: Value[]): void {
  const entries = [...(d.data as DictTable).map.values()];
  const strKeys = entries.every((e) => typeof e.key === 'object' && e.key.type === StrType);
  for (const e of entries) {
    out.push(e.value);
    if (!strKeys) out.push(e.key);
  }
}

const getReferents: NativeFn = (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError('get_referents() takes no keyword arguments');
  const out: Value[] = [];
  for (const a of args) if (typeof a === 'object') referentsOf(a, out);
  for (const v of out) incref(v);
  return newList(out);
};

const getReferrers: NativeFn = (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError('get_referrers() takes no keyword arguments');
  const targets = new Set<Value>(args);
  const out: PyObject[] = [];
  for (const o of heap.collector.getObjects(-1)) {
    let found = false;
    const refs: Value[] = [];
    referentsOf(o, refs);
    for (const r of refs) {
      if (targets.has(r)) {
        found = true;
        break;
      }
    }
    if (found) out.push(o);
  }
  for (const o of out) incref(o);
  return newList(out);
};

const isTracked: NativeFn = (args, kwnames) => {
  checkArgs('is_tracked', args, kwnames, 1, 1);
  const o = args[0]!;
  return typeof o === 'object' && heap.isTracked(o) ? True : False;
};

const isFinalized: NativeFn = (args, kwnames) => {
  checkArgs('is_finalized', args, kwnames, 1, 1);
  const o = args[0]!;
  return typeof o === 'object' && (o.gcFlags & GC_FINALIZED) !== 0 ? True : False;
};

const freeze: NativeFn = (args, kwnames) => {
  checkArgs('freeze', args, kwnames, 0, 0);
  heap.collector.freeze();
  return None;
};

const unfreeze: NativeFn = (args, kwnames) => {
  checkArgs('unfreeze', args, kwnames, 0, 0);
  heap.collector.unfreeze();
  return None;
};

const getFreezeCount: NativeFn = (args, kwnames) => {
  checkArgs('get_freeze_count', args, kwnames, 0, 0);
  return intFromNumber(heap.collector.getFreezeCount());
};

const FUNCTIONS: Record<string, NativeFn> = {
  collect, enable, disable, isenabled, get_threshold: getThreshold, set_threshold: setThreshold,
  get_count: getCount, get_stats: getStats, set_debug: setDebug, get_debug: getDebugFn,
  get_objects: getObjects, get_referents: getReferents, get_referrers: getReferrers,
  is_tracked: isTracked, is_finalized: isFinalized, freeze, unfreeze, get_freeze_count: getFreezeCount,
};
let builtins: [string, PyObject][] | null = null;

defineNativeModule('gc', (dict) => {
  builtins ??= Object.entries(FUNCTIONS).map(([name, fn]) => [name, makeBuiltin(name, fn, name, 'gc')]);
  for (const [name, f] of builtins) setAttrSteal(dict, name, f);
  const callbacks = newList([]);
  const garbage = newList([]);
  incref(callbacks);
  incref(garbage);
  setAttrSteal(dict, 'callbacks', callbacks);
  setAttrSteal(dict, 'garbage', garbage);
  for (const [k, v] of Object.entries({ DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK })) {
    setAttrSteal(dict, k, v);
  }
  // The module's lists live as long as the run's heap; the heap drops its listeners with it.
  state = { callbacks, garbage, debug: 0, statsStart: 0 };
  const s = state;
  heap.events.subscribe((phase, event) => {
    if (state === s) onCollection(phase, event);
  });
});

/** What the module state owns, for the heap verifier's roots (gcstate's own references). */
export function gcModuleRoots(): Value[] {
  return state === null ? [] : [state.callbacks, state.garbage];
}

/** The run ended: drop the references the module state holds. */
export function resetGcModule(): void {
  if (state === null) return;
  decref(state.callbacks);
  decref(state.garbage);
  state = null;
}
