// Running a program: set up the heap and the builtins, compile, execute the module, report an
// uncaught exception as CPython does, and compute the exit status (Python/pythonrun.c).

import { compile, CompileError, type CodeObject } from '@pyarena/compiler';
import { Heap, type HeapOptions, type PyObject, type Value } from '@pyarena/memory';
import { parse, PySyntaxError, formatSyntaxError } from '@pyarena/parser';
import { setHeap, heap } from './state';
import { tstate } from './tstate';
import { Frame } from './frame';
import { execute } from './interpreter';
import { codeRuntime } from './objects/code';
import { None, newDict, newStr } from './objects/constructors';
import { dictSet } from './objects/dict';
import { ModuleType, type ModuleData } from './objects/types';
import { newObjectOfType } from './objects/constructors';
import { decref } from './refs';
import { InternalError, PyErr, SystemExit, isExceptionType } from './errors';
import type { ExceptionData } from './errors';
import { isSubtype } from './objects/typeobject';
import { formatException, rememberSource } from './traceback';
import { runtimeIO, setRuntimeIO, type ProgramIO } from './io';
import { installBuiltins } from './builtins/install';
import { toPyErr } from './unwind';
import { str } from './ops/repr';
import { importState } from './modules/registry';
import { sysState } from './modules/sys-state';
import './modules/index';
import { installWeakrefs, runWeakrefAtExit } from './modules/weakref';
import { gcModuleRoots, resetGcModule } from './modules/gc';
import { ageStartupObjects, shutdown, snapshotDict } from './shutdown';

export interface RunConfig extends HeapOptions {
  filename: string;
  argv?: string[];
  io: ProgramIO;
  /** Recompute every refcount from the roots after the run (--verify-heap). */
  verifyHeap?: boolean;
  /** sys.getrecursionlimit() at start (--recursion-limit); default 1000. */
  recursionLimit?: number;
  /** Called with the new heap before anything is allocated (--stats, --gc-trace, --trace-json). */
  onHeap?: (heap: Heap) => void;
}

export interface RunOutcome {
  exitCode: number;
  heap: Heap;
  /** Messages from the heap verifier (empty when it passed or did not run). */
  verifyErrors: string[];
}

/** Parses and compiles, turning syntax errors into CPython's report. Throws PySyntaxError. */
export function compileSource(source: string, filename: string): CodeObject {
  const mod = parse(source, filename);
  try {
    return compile(mod, filename, source);
  } catch (e) {
    // Errors found by the compiler (symtable.c / compile.c in CPython) are SyntaxErrors too.
    if (e instanceof CompileError) {
      throw new PySyntaxError(e.excType, e.msg, e.filename, e.lineno, e.offset, e.text ?? '', e.endLineno, e.endOffset);
    }
    throw e;
  }
}

function createModule(name: string): PyObject {
  const dict = newDict();
  const setStr = (k: string, v: Value) => {
    const key = newStr(k);
    dictSet(dict, key, v);
    decref(key);
    decref(v);
  };
  setStr('__name__', newStr(name));
  setStr('__doc__', None);
  const data: ModuleData = { name, dict };
  return newObjectOfType(ModuleType, data);
}

/** Runs a whole program. Never throws for Python-level errors; internal bugs are reported. */
export function runProgram(source: string, config: RunConfig): RunOutcome {
  setRuntimeIO(config.io);
  const h = new Heap({ ...config, verify: config.verifyHeap, trackAllObjects: config.trackAllObjects || config.verifyHeap });
  config.onHeap?.(h);
  setHeap(h);
  installWeakrefs(h);
  tstate.reset();
  if (config.recursionLimit !== undefined) tstate.recursionLimit = config.recursionLimit;
  const outcome: RunOutcome = { exitCode: 0, heap: h, verifyErrors: [] };
  rememberSource(config.filename, source);
  let code: CodeObject;
  try {
    code = compileSource(source, config.filename);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      runtimeIO.stderr(formatSyntaxError(e));
      outcome.exitCode = 1;
      return outcome;
    }
    throw e;
  }
  const builtins = installBuiltins(config.argv ?? [config.filename]);
  const builtinsCopy = snapshotDict(builtins.dict); // interp->builtins_copy, restored at exit
  sysState.argv = config.argv ?? [config.filename];
  const sysModules = newDict();
  h.track(sysModules); // interp->modules predates __main__ in the gc list (it orders exit's __del__)
  importState.modules = sysModules;
  tstate.builtins = builtins.dict;
  const main = createModule('__main__');
  const globals = (main.data as ModuleData).dict;
  const builtinsKey = newStr('__builtins__');
  dictSet(globals, builtinsKey, builtins.module);
  decref(builtinsKey);
  const mainKey = newStr('__main__');
  dictSet(sysModules, mainKey, main);
  decref(mainKey);
  tstate.extraRoots = () => [main, builtins.module, sysModules, ...builtins.roots(), ...gcModuleRoots(), ...builtinsCopy.flat()];
  ageStartupObjects();
  const rt = codeRuntime(code);
  const frame = new Frame(code, null, globals, builtins.dict, null, rt.consts);
  try {
    const result = execute(frame);
    decref(result);
  } catch (e) {
    if (e instanceof InternalError || !(e instanceof PyErr || isHostLimit(e))) throw e;
    const err = toPyErr(e);
    h.maxHeap = 0; // --max-heap limits the program, not the report of its end (nor the shutdown)
    outcome.exitCode = reportUncaught(err.exc);
    decref(err.exc);
  } finally {
    frame.clear();
  }
  h.maxHeap = 0;
  // atexit: pending weakref.finalize callbacks (atexit=True) run while __main__ is still alive.
  runWeakrefAtExit();
  runtimeIO.flush();
  if (config.verifyHeap) {
    const report = h.verify(tstate);
    outcome.verifyErrors = [...h.verifyFailures];
    if (!report.ok) outcome.verifyErrors.push('at exit:', ...report.mismatches.map((m) => JSON.stringify(m)));
  }
  // Shutdown (shutdown.ts): CPython's Py_FinalizeEx order, so __del__ output at exit matches.
  shutdown({ main, sysModules, builtinsDict: builtins.dict, builtinsCopy, releaseState: resetGcModule });
  tstate.extraRoots = () => [];
  return outcome;
}

function isHostLimit(e: unknown): boolean {
  return e instanceof RangeError || (e instanceof Error && e.name === 'MemoryLimitError');
}

/** Prints an uncaught exception (or handles SystemExit) and returns the exit status. */
function reportUncaught(exc: PyObject): number {
  if (isSubtype(exc.type, SystemExit)) {
    const args = ((exc.data as ExceptionData).args.data as Value[]);
    const code = args.length === 0 ? None : args[0]!;
    if (code === None) return 0;
    if (typeof code === 'number') return code & 0xff;
    runtimeIO.stderr(str(code) + '\n');
    return 1;
  }
  if (!isExceptionType(exc.type)) return 1;
  runtimeIO.flush();
  runtimeIO.stderr(formatException(exc));
  return 1;
}

export { heap };
