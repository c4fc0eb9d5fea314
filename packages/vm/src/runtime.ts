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
import { installBuiltins, type BuiltinsModule } from './builtins/install';
import { toPyErr } from './unwind';
import { str } from './ops/repr';
import { importState } from './modules/registry';
import { sysState } from './modules/sys-state';
import './modules/index';
import { installWeakrefs, runWeakrefAtExit } from './modules/weakref';
import { gcModuleRoots, resetGcModule } from './modules/gc';
import { ageStartupObjects, shutdown, snapshotDict, type HeldRoots } from './shutdown';
import { resetMaxStrDigits } from './ops/int-digits';

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
  /** Compiles the program (default compileSource); the command line's code cache wraps it. */
  compile?: (source: string, filename: string) => CodeObject;
}

export interface RunOutcome {
  exitCode: number;
  heap: Heap;
  /** Messages from the heap verifier (empty when it passed or did not run). */
  verifyErrors: string[];
}

/**
 * Parses and compiles, turning syntax errors into CPython's report. Throws PySyntaxError.
 * Mode 'single' compiles one interactive input (expression statements print their value).
 */
export function compileSource(source: string, filename: string, mode: 'exec' | 'single' = 'exec'): CodeObject {
  const mod = parse(source, filename);
  try {
    return compile(mod, filename, source, mode);
  } catch (e) {
    // Errors found by the compiler (symtable.c / compile.c in CPython) are SyntaxErrors too.
    if (e instanceof CompileError) {
      // CPython reads the line for a compiler error back from the file: '<stdin>' and '<string>'
      // have none to show (formatSyntaxError prints no line for a null text).
      const text = filename.startsWith('<') ? (null as unknown as string) : e.text ?? '';
      throw new PySyntaxError(e.excType, e.msg, e.filename, e.lineno, e.offset, text, e.endLineno, e.endOffset);
    }
    throw e;
  }
}

export function createModule(name: string): PyObject {
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

/** A started interpreter: the heap, builtins, sys.modules and __main__ of one run. */
export interface Interpreter {
  heap: Heap;
  builtins: BuiltinsModule;
  builtinsCopy: ReturnType<typeof snapshotDict>;
  sysModules: PyObject;
  main: PyObject;
  /** __main__'s namespace (borrowed from main). */
  globals: PyObject;
  /** The interpreter's own references among the roots; shutdown empties them as it lets go. */
  held: HeldRoots;
}

/** The first step of a run: the run's streams, a new heap, a fresh thread state. */
export function openHeap(config: RunConfig): Heap {
  setRuntimeIO(config.io);
  const h = new Heap({ ...config, verify: config.verifyHeap, trackAllObjects: config.trackAllObjects || config.verifyHeap });
  config.onHeap?.(h);
  setHeap(h);
  installWeakrefs(h);
  tstate.reset();
  resetMaxStrDigits();
  if (config.recursionLimit !== undefined) tstate.recursionLimit = config.recursionLimit;
  return h;
}

/** The builtins, sys.modules and __main__ (pymain's start-up after the heap exists). */
export function startInterpreter(h: Heap, config: RunConfig): Interpreter {
  const builtins = installBuiltins(config.argv ?? [config.filename]);
  const builtinsCopy = snapshotDict(builtins.dict); // interp->builtins_copy, restored at exit
  sysState.argv = config.argv ?? [config.filename];
  const sysModules = newDict();
  h.track(sysModules); // interp->modules predates __main__ in the gc list (it orders exit's __del__)
  importState.modules = sysModules;
  tstate.builtins = builtins.dict;
  importState.builtinsModule = builtins.module;
  const main = createModule('__main__');
  const globals = (main.data as ModuleData).dict;
  const builtinsKey = newStr('__builtins__');
  dictSet(globals, builtinsKey, builtins.module);
  decref(builtinsKey);
  const mainKey = newStr('__main__');
  dictSet(sysModules, mainKey, main);
  decref(mainKey);
  // Roots must be exactly the references the interpreter holds: a tracing backend (marksweep)
  // frees whatever they do not reach, so shutdown clears `held` as it releases each one.
  const held: HeldRoots = { main, sysModules };
  tstate.extraRoots = () => [
    ...[held.main, held.sysModules, held.sysDict].filter((o): o is PyObject => o != null),
    builtins.module, ...builtins.roots(), ...gcModuleRoots(), ...builtinsCopy.flat(),
  ];
  ageStartupObjects();
  return { heap: h, builtins, builtinsCopy, sysModules, main, globals, held };
}

/** How module code ended when an exception escaped it (already reported on stderr). */
export interface Uncaught {
  /** The exit status the exception asks for (SystemExit's code, else 1). */
  exitCode: number;
  /** A SystemExit: an interactive session ends too. */
  systemExit: boolean;
}

/**
 * Executes a module-level code object in __main__'s namespace. Null when it completed.
 * `inspect` (python3 -i running a script): a SystemExit is reported as a traceback, like any
 * other exception, and does not end the session.
 */
export function runMainCode(interp: Interpreter, code: CodeObject, inspect = false): Uncaught | null {
  const rt = codeRuntime(code);
  const frame = new Frame(code, null, interp.globals, interp.builtins.dict, null, rt.consts);
  try {
    const result = execute(frame);
    decref(result);
    return null;
  } catch (e) {
    if (e instanceof InternalError || !(e instanceof PyErr || isHostLimit(e))) throw e;
    const err = toPyErr(e);
    const saved = interp.heap.maxHeap;
    interp.heap.maxHeap = 0; // --max-heap limits the program, not the report of its end (nor the shutdown)
    try {
      if (inspect && isSubtype(err.exc.type, SystemExit)) {
        runtimeIO.flush();
        runtimeIO.stderr(formatException(err.exc));
        return { exitCode: 1, systemExit: false };
      }
      return { exitCode: reportUncaught(err.exc), systemExit: isSubtype(err.exc.type, SystemExit) };
    } finally {
      interp.heap.maxHeap = saved;
      decref(err.exc);
    }
  } finally {
    frame.clear();
  }
}

/** The end of a run: atexit work, the heap verifier, then CPython's shutdown order. */
export function closeInterpreter(interp: Interpreter, config: RunConfig, outcome: RunOutcome): void {
  const h = interp.heap;
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
  shutdown({ main: interp.main, sysModules: interp.sysModules, held: interp.held, builtinsDict: interp.builtins.dict, builtinsCopy: interp.builtinsCopy, releaseState: resetGcModule });
  tstate.extraRoots = () => [];
}

/** Runs a whole program. Never throws for Python-level errors; internal bugs are reported. */
export function runProgram(source: string, config: RunConfig): RunOutcome {
  const h = openHeap(config);
  const outcome: RunOutcome = { exitCode: 0, heap: h, verifyErrors: [] };
  rememberSource(config.filename, source);
  let code: CodeObject;
  try {
    code = (config.compile ?? compileSource)(source, config.filename);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      runtimeIO.stderr(formatSyntaxError(e));
      outcome.exitCode = 1;
      return outcome;
    }
    throw e;
  }
  const interp = startInterpreter(h, config);
  outcome.exitCode = runMainCode(interp, code)?.exitCode ?? 0;
  closeInterpreter(interp, config, outcome);
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
