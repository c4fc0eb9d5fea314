// The import system of the subset: `import name` finds, in order, a module already imported in
// this run (sys.modules), a native module written in TypeScript (defineNativeModule), or a
// library module written in Python under packages/vm/lib (compiled at build time; see
// frozen.ts). Anything else is ModuleNotFoundError: programs cannot reach the host (sandbox).

import type { PyObject, Value } from '@pyarena/memory';
import { newDict, newStr, None, newObjectOfType } from '../objects/constructors';
import { dictDel, dictGetStr, dictSet } from '../objects/dict';
import { ModuleType, type ModuleData } from '../objects/types';
import { ImportError, ModuleNotFoundError, raise } from '../errors';
import { decref, incref } from '../refs';
import { evalHooks } from '../ops/eval-helpers';

/** Fills a new module's namespace. `dict` is the module's __dict__ (borrowed). */
export type ModuleInit = (dict: PyObject, module: PyObject) => void;

const nativeModules = new Map<string, ModuleInit>();

/** Registers a module implemented in TypeScript. Call at process start (module top level). */
export function defineNativeModule(name: string, init: ModuleInit): void {
  nativeModules.set(name, init);
}

/** Sets dict[name] = value and releases the caller's reference to `stolenValue`. */
export function setAttrSteal(dict: PyObject, name: string, stolenValue: Value): void {
  const key = newStr(name);
  dictSet(dict, key, stolenValue);
  decref(key);
  decref(stolenValue);
}

/** Hooks the runtime fills in: the run's sys.modules dict and the Python-library loader. */
export const importState = {
  /** sys.modules for the current run (owned by the runtime), or null before start-up. */
  modules: null as PyObject | null,
  /** Executes a Python-source library module into `dict`; false when there is no such module. */
  loadPythonModule: (_name: string, _dict: PyObject, _module: PyObject): boolean => false,
  /** Set during shutdown (shutdown.ts), when CPython's sys.meta_path is None: nothing new imports. */
  finalizing: false,
  /** The run's builtins module (every module's __builtins__), which `import builtins` finds. */
  builtinsModule: null as PyObject | null,
};

export function newModule(name: string): PyObject {
  const dict = newDict();
  const data: ModuleData = { name, dict };
  const module = newObjectOfType(ModuleType, data);
  setAttrSteal(dict, '__name__', newStr(name));
  incref(None);
  setAttrSteal(dict, '__doc__', None);
  return module;
}

/** import name: a new reference to the module object. */
export function importModule(name: string): PyObject {
  const modules = importState.modules;
  if (modules !== null) {
    const found = dictGetStr(modules, name);
    if (found !== undefined && typeof found === 'object') {
      found.refcnt++;
      return found;
    }
  }
  if (importState.finalizing) raise(ImportError, 'sys.meta_path is None, Python is likely shutting down');
  const builtins = importState.builtinsModule;
  if (name === 'builtins' && builtins !== null) {
    // CPython's sys.modules holds it from start-up; here it joins at the first import, so the
    // start-up heap stays as measured (the module itself exists from the start either way).
    if (modules !== null) {
      const key = newStr(name);
      dictSet(modules, key, builtins);
      decref(key);
    }
    builtins.refcnt++;
    return builtins;
  }
  const init = nativeModules.get(name);
  const module = newModule(name);
  const dict = (module.data as ModuleData).dict;
  // Registered before it runs, as CPython does, so circular imports see the partial module.
  if (modules !== null) {
    const key = newStr(name);
    dictSet(modules, key, module);
    decref(key);
  }
  try {
    if (init !== undefined) init(dict, module);
    else if (!importState.loadPythonModule(name, dict, module)) {
      // There are no packages: `import a.b` fails on `a` when that is missing (CPython imports the
      // parent first), else because `a` is a plain module.
      const dot = name.indexOf('.');
      if (dot > 0) decref(importModule(name.slice(0, dot)));
      raise(ModuleNotFoundError, dot > 0 ? `No module named '${name}'; '${name.slice(0, dot)}' is not a package` : `No module named '${name}'`);
    }
  } catch (e) {
    if (modules !== null) {
      const key = newStr(name);
      dictDel(modules, key);
      decref(key);
    }
    decref(module);
    throw e;
  }
  return module;
}


evalHooks.importModule = importModule;
