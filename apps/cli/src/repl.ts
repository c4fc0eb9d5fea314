// The interactive interpreter, as `python3` runs one (Python/pythonrun.c PyRun_InteractiveLoop
// and the tokenizer's interactive mode):
//   - a terminal on stdin gets the banner, `>>> ` and `... ` prompts on stdout, line editing and
//     history (node:readline); Ctrl-C at a prompt prints KeyboardInterrupt and starts over, and
//     during a run stops it with a KeyboardInterrupt traceback;
//   - `pyarena -i` with piped stdin prints the same on stderr (CPython's prompts when stdin is not
//     a terminal) and reads stdin line by line, sharing it with input();
//   - each complete input is compiled in 'single' mode and run in one __main__ that lives for the
//     whole session: expression statements print their repr and set `_`, an exception prints its
//     traceback and the session goes on; exit(), quit(), SystemExit or end of input end it.
// When is an input complete? As in CPython: a simple statement at once; a compound statement
// (if, for, def, class, @decorator ...) at the first totally empty line; never inside brackets,
// a triple-quoted string or after a backslash. A SyntaxError is reported as soon as the lines so
// far cannot be the start of a valid statement.

import { createInterface } from 'node:readline';
import { createContext, Script } from 'node:vm';
import { parse, PySyntaxError, formatSyntaxError, type Module } from '@pyarena/parser';
import { InteractiveSession, type ProgramIO } from '@pyarena/vm';
import { RunObserver } from './observe';
import { FdLineReader, processIO, writeAll } from './process-io';
import { INTERNAL_ERROR_EXIT_CODE, internalErrorReport, statsReport, type SessionOptions } from './session';

export const PS1 = '>>> ';
export const PS2 = '... ';

const COMPOUND_KINDS = new Set([
  'If', 'While', 'For', 'Try', 'TryStar', 'With', 'FunctionDef', 'ClassDef', 'AsyncFunctionDef',
  'AsyncFor', 'AsyncWith', 'Match',
]);
/** A first line starting one of these opens a block that only an empty line closes. */
const COMPOUND_START = /^(?:if|while|for|try|with|def|class|async)\b|^@/;
/** Errors that more lines can always fix: an open bracket, string or line continuation. */
const OPEN_ERROR = /was never closed$|^unterminated triple-quoted string literal|^unexpected EOF while parsing$/;

export type InputState =
  | { kind: 'more' }
  | { kind: 'complete' }
  | { kind: 'error'; error: PySyntaxError };

/**
 * What the lines typed so far are (`text` ends with a newline): complete, in need of more lines,
 * or a SyntaxError now. `blank`: the last line was totally empty, which ends a compound statement.
 */
export function classifyInput(text: string, blank: boolean, filename = '<stdin>'): InputState {
  const lines = text.split('\n').length - 1;
  const compound = COMPOUND_START.test(text);
  let mod: Module;
  try {
    mod = parse(text, filename);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    if (OPEN_ERROR.test(e.msg)) return { kind: 'more' };
    // A block still being typed fails at its end ("expected an indented block", a `try` with no
    // `except` yet): wait for the line that completes or ends it.
    if (compound && !blank && e.lineno > lines) return { kind: 'more' };
    if (e.lineno <= lines || !blank) return { kind: 'error', error: e };
    // At the end of the input: CPython's tokenizer stops at the empty line, so it points there.
    return { kind: 'error', error: new PySyntaxError(e.excType, e.msg, filename, lines, e.offset, '', lines, e.endOffset) };
  }
  const first = mod.body[0];
  if (first === undefined || !COMPOUND_KINDS.has(first.kind)) return { kind: 'complete' };
  // 'single' input is one statement: a line back at the left margin after a block is an error.
  if (mod.body.length > 1) return { kind: 'error', error: invalidSyntaxAfter(text, first.endLineno, filename) };
  return blank ? { kind: 'complete' } : { kind: 'more' };
}

/** CPython's "invalid syntax" at the first token of the first statement line after `endLineno`. */
function invalidSyntaxAfter(text: string, endLineno: number, filename: string): PySyntaxError {
  const lines = text.split('\n');
  let i = endLineno;
  while (i < lines.length - 1 && /^[ \t\f]*(#.*)?$/.test(lines[i]!)) i++;
  const line = lines[i] ?? '';
  const col = Math.max(0, line.search(/\S/));
  const token = /^[\p{L}\p{N}_]+/u.exec(line.slice(col));
  const end = col + 1 + (token !== null ? token[0].length : 1);
  return new PySyntaxError('SyntaxError', 'invalid syntax', filename, i + 1, col + 1, line, i + 1, end);
}

/** The line-gathering half of the REPL, over an interactive session. */
export class Repl {
  readonly session: InteractiveSession;
  private readonly io: ProgramIO;
  private lines: string[] = [];

  constructor(session: InteractiveSession, io: ProgramIO) {
    this.session = session;
    this.io = io;
  }

  get prompt(): string {
    return this.lines.length === 0 ? PS1 : PS2;
  }

  get pending(): boolean {
    return this.lines.length > 0;
  }

  /** True once exit(), quit() or SystemExit ended the session. */
  get ended(): boolean {
    return this.session.exitCode !== null;
  }

  /** Takes one line (without its newline); runs the input once it is complete. */
  push(line: string): void {
    // An empty or blank first line just prompts again.
    if (this.lines.length === 0 && /^[ \t\f]*$/.test(line)) return;
    this.lines.push(line);
    const text = this.lines.join('\n') + '\n';
    const state = classifyInput(text, line === '');
    if (state.kind === 'more') return;
    this.lines = [];
    if (state.kind === 'error') {
      this.io.flush();
      this.io.stderr(formatSyntaxError(state.error));
      return;
    }
    this.session.runInput(text);
  }

  /** End of input in the middle of a statement: it runs as far as it was typed. */
  runPending(): void {
    if (this.lines.length === 0) return;
    const text = this.lines.join('\n') + '\n';
    this.lines = [];
    this.session.runInput(text);
  }

  /** Ctrl-C at a prompt: the partial input is dropped. */
  cancel(): void {
    this.lines = [];
  }
}

export function banner(gc: string): string {
  return `Python 3.11.7 (pyarena, ${gc} backend) [Node.js ${process.version}] on ${process.platform}\n` +
    'Type "exit()", "quit()" or Ctrl-D (i.e. EOF) to exit.\n';
}

export interface ReplRun {
  repl: Repl;
  /** Ends the session (shutdown, --verify-heap, --stats) and returns the exit status. */
  finish(): number;
}

/** Starts an interactive session with the command line's options (argv [''] as CPython's). */
export function startRepl(options: SessionOptions, io: ProgramIO): ReplRun {
  let observer: RunObserver | null = null;
  if (options.stats || options.gcTrace || options.traceJson !== undefined) {
    observer = new RunObserver(
      { stats: options.stats, gcTrace: options.gcTrace, traceJson: options.traceJson, hostGc: false },
      (line) => io.stderr(line),
    );
  }
  const session = new InteractiveSession({
    filename: '<stdin>',
    gc: options.gc ?? 'generational',
    torture: options.gcTorture ?? false,
    verifyHeap: options.verifyHeap ?? false,
    thresholds: options.thresholds,
    maxHeap: options.maxHeap,
    recursionLimit: options.recursionLimit,
    argv: options.argv ?? [''],
    io,
    onHeap: observer !== null ? (h) => observer.attach(h) : undefined,
  });
  const repl = new Repl(session, io);
  const finish = (): number => {
    let exitCode = session.exitCode ?? 0;
    try {
      const outcome = session.close();
      io.flush();
      if (outcome.verifyErrors.length > 0) {
        io.stderr(`pyarena: heap verification failed: ${outcome.verifyErrors.length} mismatches\n`);
        for (const m of outcome.verifyErrors.slice(0, 20)) io.stderr(`  ${m}\n`);
        exitCode = INTERNAL_ERROR_EXIT_CODE;
      }
    } finally {
      observer?.finish();
    }
    if (options.stats) io.stderr(statsReport({ exitCode, observer }));
    return exitCode;
  };
  return { repl, finish };
}

/**
 * Runs `fn`; Ctrl-C (SIGINT) stops it at once (V8 terminates the script: node:vm's
 * breakOnSigint). Returns false when it was interrupted.
 */
function runInterruptible(fn: () => void): boolean {
  try {
    new Script('fn()', { filename: 'pyarena-repl' }).runInContext(createContext({ fn }), { breakOnSigint: true });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') return false;
    throw e;
  }
}

/** One line through the REPL; a bug in pyarena is reported and the session goes on. */
function pushGuarded(repl: Repl, io: ProgramIO, line: string | null, debug: boolean, interruptible: boolean): void {
  const step = () => (line === null ? repl.runPending() : repl.push(line));
  try {
    if (interruptible ? !runInterruptible(step) : (step(), false)) {
      io.flush();
      io.stderr(repl.session.interrupted());
    }
  } catch (e) {
    io.flush();
    repl.session.interrupted();
    io.stderr(internalErrorReport(e, '<stdin>', debug));
  }
  io.flush();
}

/**
 * The REPL over a line source that is not a terminal (`pyarena -i` with piped stdin): prompts
 * and the banner on stderr, as CPython prints them. Returns the exit status.
 */
export function runLineRepl(options: SessionOptions & { banner?: boolean; program?: { source: string; filename: string } }, io: ProgramIO, interruptible = true): number {
  const { repl, finish } = startRepl(options, io);
  if (options.program !== undefined) repl.session.runProgram(options.program.source, options.program.filename);
  else if (options.banner !== false) io.stderr(banner(options.gc ?? 'generational'));
  while (!repl.ended) {
    io.stderr(repl.prompt);
    const raw = io.readline();
    if (raw === null) {
      io.stderr('\n');
      if (!repl.pending) break;
      pushGuarded(repl, io, null, options.debug ?? false, interruptible);
      continue;
    }
    pushGuarded(repl, io, raw.replace(/\r?\n$/, ''), options.debug ?? false, interruptible);
  }
  return finish();
}

/**
 * What a scripted session prints, stdout and stderr interleaved, as `python3 -i` does with
 * piped input and PYTHONUNBUFFERED=1 2>&1 (the banner included). For tests.
 */
export function replTranscript(input: string, options: Partial<SessionOptions> = {}): { transcript: string; exitCode: number } {
  const out: string[] = [];
  let pos = 0;
  const io: ProgramIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    flush: () => {},
    readline: () => {
      if (pos >= input.length) return null;
      const nl = input.indexOf('\n', pos);
      const end = nl < 0 ? input.length : nl + 1;
      const line = input.slice(pos, end);
      pos = end;
      return line;
    },
  };
  const exitCode = runLineRepl({ filename: '<stdin>', ...options }, io, false);
  return { transcript: out.join(''), exitCode };
}

/** The REPL on a terminal: line editing and history by node:readline. Resolves to the exit status. */
export function runTerminalRepl(options: SessionOptions & { program?: { source: string; filename: string } }): Promise<number> {
  const stdin = process.stdin;
  const io = processIO(new FdLineReader(0, true));
  const { repl, finish } = startRepl(options, io);
  if (options.program !== undefined) repl.session.runProgram(options.program.source, options.program.filename);
  else io.stderr(banner(options.gc ?? 'generational'));
  io.flush();
  const output = process.stdout.isTTY ? process.stdout : process.stderr;
  const setRaw = (on: boolean) => {
    if (stdin.isTTY) stdin.setRawMode(on);
  };
  const debug = options.debug ?? false;
  return new Promise((resolve) => {
    let history: string[] = [];
    // node:readline ends an interface at Ctrl-D; an unfinished statement then runs and a new
    // interface (same history) prompts again, as CPython does. Ctrl-D at `>>> ` ends the session.
    const open = () => {
      const rl = createInterface({ input: stdin, output, terminal: true, historySize: 1000, history, prompt: repl.prompt });
      let ending = false;
      rl.on('line', (line) => {
        // While Python runs, the terminal is in its ordinary mode: Ctrl-C raises SIGINT (which
        // interrupts the run) and input() reads a line of its own.
        rl.pause();
        setRaw(false);
        pushGuarded(repl, io, line, debug, true);
        if (repl.ended) {
          ending = true;
          rl.close();
          return;
        }
        setRaw(true);
        rl.resume();
        rl.setPrompt(repl.prompt);
        rl.prompt();
      });
      rl.on('history', (h: string[]) => {
        history = h;
      });
      rl.on('SIGINT', () => {
        // Ctrl-C at a prompt: the line and any partial input are dropped.
        rl.write(null, { ctrl: true, name: 'e' });
        rl.write(null, { ctrl: true, name: 'u' });
        writeAll(2, '\nKeyboardInterrupt\n');
        repl.cancel();
        rl.setPrompt(PS1);
        rl.prompt();
      });
      rl.on('close', () => {
        if (!ending) {
          writeAll(2, '\n');
          if (repl.pending) {
            setRaw(false);
            pushGuarded(repl, io, null, debug, true);
            if (!repl.ended) {
              open();
              return;
            }
          }
        }
        resolve(finish());
      });
      rl.prompt();
    };
    open();
  });
}
