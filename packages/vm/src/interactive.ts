// An interactive session (CPython's PyRun_InteractiveLoop): one interpreter, started once, that
// runs input after input in __main__, each compiled in 'single' mode so that expression
// statements show their value (PRINT_EXPR, displayhook.ts). An uncaught exception is reported and
// the session goes on; SystemExit ends it. Reading lines and deciding when an input is complete
// is the command line's business (apps/cli/src/repl.ts).

import type { PyObject } from '@pyarena/memory';
import { callObject } from './call';
import { PySyntaxError, formatSyntaxError } from '@pyarena/parser';
import {
  closeInterpreter, compileSource, createModule, openHeap, runMainCode, startInterpreter,
  type Interpreter, type RunConfig, type RunOutcome,
} from './runtime';
import { Frame } from './frame';
import { execute } from './interpreter';
import { codeRuntime } from './objects/code';
import { None, newStr } from './objects/constructors';
import type { ModuleData } from './objects/types';
import { dictGetStr, dictSet } from './objects/dict';
import { decref } from './refs';
import { runtimeIO } from './io';
import { formatException, rememberSource } from './traceback';
import { KeyboardInterrupt, newException } from './errors';
import { addTraceback } from './unwind';
import { tstate } from './tstate';

/** Lib/_sitebuiltins.py's Quitter: what `site` puts in builtins as exit and quit. */
const SITEBUILTINS = `
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
`;

export class InteractiveSession {
  readonly interp: Interpreter;
  private readonly config: RunConfig;
  /** The exit status once SystemExit ended the session, else null. */
  exitCode: number | null = null;

  constructor(config: RunConfig) {
    this.config = config;
    this.interp = startInterpreter(openHeap(config), config);
    this.installQuitters();
  }

  /**
   * Compiles and runs one complete interactive input. A SyntaxError or an uncaught exception is
   * reported on stderr and the session goes on; SystemExit sets exitCode. Returns exitCode.
   */
  runInput(source: string, filename = '<stdin>'): number | null {
    return this.run(source, filename, 'single');
  }

  /** Runs a whole program in __main__ first (`pyarena -i prog.py`). */
  runProgram(source: string, filename: string): number | null {
    rememberSource(filename, source);
    return this.run(source, filename, 'exec');
  }

  private run(source: string, filename: string, mode: 'exec' | 'single'): number | null {
    let code;
    try {
      code = compileSource(source, filename, mode);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        runtimeIO.flush();
        runtimeIO.stderr(formatSyntaxError(e));
        return null;
      }
      throw e;
    }
    const uncaught = runMainCode(this.interp, code, mode === 'exec');
    runtimeIO.flush();
    if (uncaught !== null && uncaught.systemExit) this.exitCode = uncaught.exitCode;
    return this.exitCode;
  }

  /**
   * After a run was stopped from outside (Ctrl-C): V8 terminated the JavaScript at once, so no
   * `finally` ran. Returns the KeyboardInterrupt traceback of the frames that were running, and
   * drops them from the thread state; what they referenced stays allocated (a leak, never a
   * premature free).
   */
  interrupted(): string {
    const exc = newException(KeyboardInterrupt, []);
    for (let f = tstate.frame; f !== null; f = f.back) addTraceback(exc, f);
    tstate.frame = null;
    tstate.depth = 0;
    tstate.handledException = None;
    try {
      return formatException(exc);
    } finally {
      decref(exc);
    }
  }

  /** Ends the session: atexit work, the heap verifier and the shutdown sequence. */
  close(): RunOutcome {
    const outcome: RunOutcome = { exitCode: this.exitCode ?? 0, heap: this.interp.heap, verifyErrors: [] };
    closeInterpreter(this.interp, this.config, outcome);
    return outcome;
  }

  /** site's exit and quit: Quitter objects of a _sitebuiltins module (in sys.modules, as in CPython). */
  private installQuitters(): void {
    const code = compileSource(SITEBUILTINS, '<frozen _sitebuiltins>');
    const module = createModule('_sitebuiltins');
    const put = (d: PyObject, name: string, v: PyObject) => {
      const key = newStr(name);
      dictSet(d, key, v);
      decref(key);
      decref(v);
    };
    put(this.interp.sysModules, '_sitebuiltins', module); // the collector sees its namespace from here
    const globals = (module.data as ModuleData).dict;
    const builtins = this.interp.builtins.dict;
    const frame = new Frame(code, null, globals, builtins, null, codeRuntime(code).consts);
    try {
      decref(execute(frame));
    } finally {
      frame.clear();
    }
    const quitter = dictGetStr(globals, 'Quitter')!;
    for (const name of ['exit', 'quit']) {
      const args = [newStr(name), newStr('Ctrl-D (i.e. EOF)')];
      put(builtins, name, callObject(quitter, args, null) as PyObject);
      for (const a of args) decref(a);
    }
  }
}
