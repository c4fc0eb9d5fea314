// Interpreter shutdown after the main module has run: CPython 3.11's Py_FinalizeEx
// (Python/pylifecycle.c) from its first collection on, so that __del__ output at exit comes in
// CPython's order. Only what a collection finds differs between backends; the steps are the same.
//
//   1. PyGC_Collect(): a full collection while everything is still alive, only if gc is enabled.
//      It frees nothing a module holds, but move_unreachable rebuilds the gc list in the order it
//      discovers objects, and that order decides step 4's finalizer order.
//   2. finalize_modules_delete_special: builtins._ and sys.last_*, argv, path... set to None;
//      sys.stdout/stderr/stdin restored from sys.__stdout__ & co.
//   3. finalize_remove_modules: every sys.modules value set to None, in sys.modules order, each
//      module noted (CPython keeps a weakref). __main__ is held by nothing else, so it dies here;
//      its dict is in a cycle with the functions and classes defined in it, so it survives.
//      Then sys.modules is cleared (finalize_clear_modules_dict) and the builtins dict restored
//      to its start-up contents (finalize_restore_builtins).
//   4. _PyGC_CollectNoFail: a full collection, enabled or not. The module namespaces are now
//      garbage: __del__ runs for every finalizable object in gc-list order (finalize_garbage),
//      with the globals still intact, then tp_clear breaks the cycles (delete_garbage).
//   5. finalize_modules_clear_weaklist: each noted module still alive, latest first, has its dict
//      wiped by _PyModule_ClearDict (names with one leading underscore first, then the rest).
//   6. finalize_clear_sys_builtins_dict: the same for sys, then builtins. From here on
//      sys.stdout and sys.stderr are None: print() and "Exception ignored" reports are silent.
//   7. sys.modules is released and a last _PyGC_CollectNoFail runs; then the interpreter state
//      goes (interpreter_clear), still silently.
//
// Backends: generational collects in steps 1, 4 and 7. refcount has no cycle collector (shared
// DESIGN.md section 6), so those steps find nothing: cycles leak, __main__'s namespace (always a
// cycle once the program defines a function or class) is never cleared, and only objects freed by
// steps 2, 3, 5 and 6 see their __del__ (the same as lib/refcount_oracle.py makes CPython do).
// pymalloc frees nothing, so no __del__ runs at all.
//
// Not modelled: gc.callbacks and DEBUG_STATS for these collections (CPython runs callbacks for
// step 1 only); they are not events of heap.events either, so --gc-trace, --stats and
// --trace-json describe the program's run.

import { GC_FREED, GenerationalCollector, gcListMerge, type PyObject, type Value } from '@pyarena/memory';
import { heap } from './state';
import { tstate } from './tstate';
import { runtimeIO } from './io';
import { None, newStr } from './objects/constructors';
import { dictClear, dictGetStr, dictSet } from './objects/dict';
import type { DictTable } from './objects/dict-table';
import { ModuleType, StrType, type ModuleData } from './objects/types';
import { decref, incref } from './refs';
import { importState } from './modules/registry';

/** What the runtime hands over at exit. `main` and `sysModules` are references it owns. */
/** The interpreter's own references to __main__ and sys.modules, null once released. */
export interface HeldRoots {
  main: PyObject | null;
  sysModules: PyObject | null;
  /** interp->sysdict while shutdown holds it (steps 2 to 6). */
  sysDict?: PyObject | null;
}

export interface ShutdownState {
  main: PyObject;
  sysModules: PyObject;
  /** The same references as the roots see them (tstate.extraRoots): cleared when released. */
  held: HeldRoots;
  /** The builtins namespace (borrowed), and its start-up entries (owned, see snapshotDict). */
  builtinsDict: PyObject;
  builtinsCopy: DictSnapshot | null;
  /** Drops the interpreter state's own references (the gc module's lists...): runs last, silently. */
  releaseState?: () => void;
}

/** A dict's entries with a reference to each key and value (CPython's interp->builtins_copy). */
export type DictSnapshot = [Value, Value][];

export function snapshotDict(d: PyObject): DictSnapshot {
  const out: DictSnapshot = [];
  for (const e of (d.data as DictTable).map.values()) {
    incref(e.key);
    incref(e.value);
    out.push([e.key, e.value]);
  }
  return out;
}

function releaseSnapshot(s: DictSnapshot): void {
  for (const [k, v] of s) {
    decref(k);
    decref(v);
  }
  s.length = 0;
}

/**
 * Before __main__ runs: what start-up made (sys.modules, __main__ and its dict, builtins) joins the
 * oldest generation, where CPython's start-up collections leave it. The program's objects then
 * come after them in the gc list, and a young collection sees __main__'s namespace as an outside
 * reference, as in CPython: both decide the order of __del__ at exit (step 1 above).
 */
export function ageStartupObjects(): void {
  const c = heap.collector;
  if (!(c instanceof GenerationalCollector)) return;
  const [g0, g1, g2] = c.generations as [PyObject, PyObject, PyObject];
  gcListMerge(g1, g2);
  gcListMerge(g0, g2);
}

/** The backends whose collect() finds cycles (the others find nothing, so skip their calls). */
const collectsCycles = (): boolean => heap.collector.findsCycles;

/** A full collection outside the program's event stream (no gc.callbacks, no trace line). */
function shutdownCollect(): void {
  heap.collect(2, tstate, false);
}

/** Py_FinalizeEx from its first collection to the end of finalize_modules (see the file header). */
export function shutdown(s: ShutdownState): void {
  const saved = { stdout: runtimeIO.stdout, stderr: runtimeIO.stderr };
  try {
    finalizeModules(s);
  } finally {
    runtimeIO.stdout = saved.stdout;
    runtimeIO.stderr = saved.stderr;
    importState.finalizing = false;
  }
}

function finalizeModules(s: ShutdownState): void {
  const { sysModules, builtinsDict } = s;
  // pymain_run_file releases its own reference to __main__ before finalizing: from here on
  // only sys.modules holds it.
  s.held.main = null;
  decref(s.main);

  // 1. PyGC_Collect: skipped when gc is disabled (gc.disable(), or a backend without a collector).
  runtimeIO.flush();
  if (collectsCycles() && heap.collector.enabled) shutdownCollect();

  // 2. finalize_modules_delete_special. sys.meta_path is None from here on: an import that
  // sys.modules cannot answer fails ("Python is likely shutting down").
  importState.finalizing = true;
  // interp->sysdict: the interpreter holds sys's namespace until step 6, whoever else lets go.
  const sysModule = moduleNamed(sysModules, 'sys');
  const sysDict = sysModule !== null ? (sysModule.data as ModuleData).dict : null;
  incref(sysDict);
  s.held.sysDict = sysDict;
  setStr(builtinsDict, '_', None);
  if (sysDict !== null) {
    for (const name of SYS_DELETES) setStr(sysDict, name, None);
    for (const name of ['stdin', 'stdout', 'stderr']) {
      const orig = dictGetStr(sysDict, `__${name}__`);
      setStr(sysDict, name, orig ?? None);
    }
  }

  // 3. finalize_remove_modules, finalize_clear_modules_dict, finalize_restore_builtins.
  const noted = removeModules(sysModules);
  dictClear(sysModules);
  if (s.builtinsCopy !== null) restoreDict(builtinsDict, s.builtinsCopy);

  // 4. _PyGC_CollectNoFail: the module namespaces are garbage now.
  if (collectsCycles()) shutdownCollect();

  // 5. finalize_modules_clear_weaklist: modules something still holds, imported last first.
  for (let i = noted.length - 1; i >= 0; i--) {
    const mod = noted[i]!;
    if (!isAlive(mod)) continue;
    const dict = (mod.data as ModuleData).dict;
    if (dict === builtinsDict || dict === sysDict) continue;
    mod.refcnt++;
    clearModuleDict(dict);
    decref(mod);
  }

  // 6. finalize_clear_sys_builtins_dict. With sys.stdout and sys.stderr gone, CPython's print()
  // returns at once and PyErr_WriteUnraisable prints nothing: the rest is silent (shutdown()
  // gives the streams back).
  runtimeIO.flush();
  runtimeIO.stdout = silent;
  runtimeIO.stderr = silent;
  if (sysDict !== null) clearModuleDict(sysDict);
  clearModuleDict(builtinsDict);
  s.held.sysDict = null;
  decref(sysDict);

  // 7. interp->modules = NULL, the last collection of finalize_modules, interpreter_clear.
  importState.modules = null;
  importState.builtinsModule = null;
  s.held.sysModules = null;
  decref(sysModules);
  if (collectsCycles()) shutdownCollect();
  s.releaseState?.();
}

/** sys attributes set to None first (finalize_modules_delete_special's sys_deletes). */
const SYS_DELETES = [
  'path', 'argv', 'ps1', 'ps2', 'last_type', 'last_value', 'last_traceback',
  'path_hooks', 'path_importer_cache', 'meta_path', '__interactivehook__',
];

const silent = (): void => {};

/** A module object is alive while it has references; a dead one may linger under pymalloc. */
const isAlive = (o: PyObject): boolean => o.refcnt > 0 && (o.gcFlags & GC_FREED) === 0;

function setStr(d: PyObject, name: string, v: Value): void {
  const key = newStr(name);
  try {
    dictSet(d, key, v);
  } finally {
    decref(key);
  }
}

function moduleNamed(modules: PyObject, name: string): PyObject | null {
  const m = dictGetStr(modules, name);
  return m !== undefined && typeof m === 'object' && m.type === ModuleType ? m : null;
}

/**
 * finalize_remove_modules: sys.modules[name] = None for each module, in sys.modules order.
 * Returns the modules, unreferenced (CPython's weaklist): isAlive() tells which survived.
 */
function removeModules(modules: PyObject): PyObject[] {
  const noted: PyObject[] = [];
  const table = modules.data as DictTable;
  // The live Map: a __del__ run by a module's death may add entries, which are then visited too.
  for (const e of table.map.values()) {
    const v = e.value;
    if (typeof v !== 'object' || v.type !== ModuleType) continue;
    noted.push(v);
    e.value = None;
    decref(v);
  }
  return noted;
}

/** finalize_restore_builtins: the builtins dict gets its start-up contents back. */
function restoreDict(d: PyObject, copy: DictSnapshot): void {
  // PyDict_Copy keeps the current values alive until the dict is refilled, then drops them.
  const current = snapshotDict(d);
  dictClear(d);
  for (const [k, v] of copy) dictSet(d, k, v);
  releaseSnapshot(current);
  releaseSnapshot(copy);
}

/**
 * _PyModule_ClearDict (Objects/moduleobject.c): names with one leading underscore are set to None
 * first, then every other name but __builtins__, each pass in dict order. Setting rather than
 * deleting keeps the order, and __builtins__ stays so that late __del__ methods find builtins.
 */
export function clearModuleDict(d: PyObject): void {
  const table = d.data as DictTable;
  for (let pass = 1; pass <= 2; pass++) {
    for (const e of table.map.values()) {
      const key = e.key;
      if (e.value === None || typeof key !== 'object' || key.type !== StrType) continue;
      const name = key.data as string;
      const single = name[0] === '_' && name[1] !== '_';
      if (pass === 1 ? !single : name === '__builtins__') continue;
      const old = e.value;
      e.value = None;
      decref(old);
    }
  }
}
