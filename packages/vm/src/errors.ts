// Python exceptions: the builtin hierarchy of CPython 3.11 (Objects/exceptions.c), exception
// instances, and PyErr, the JS value thrown to unwind native code. PyErr deliberately does not
// extend Error: capturing a JS stack trace on every Python raise would be slow and useless.

import type { PyObject, Value, Visit } from '@pyarena/memory';
import { EmptyTuple, None, newStr, newTuple } from './objects/constructors';
import { visitValues } from './objects/types';
import { makeType, typeData } from './objects/typeobject';
import { decref, decrefAll } from './refs';
import { heap } from './state';

/** One frame of a traceback, most recent last when printed. */
export interface TracebackEntry {
  filename: string;
  lineno: number;
  name: string;
  /** Column span of the failing expression (0-based, end exclusive), -1 when unknown. */
  col: number;
  endCol: number;
  endLineno: number;
  /**
   * What the frame owned when the exception left it (locals, cells, function): CPython's
   * traceback keeps its frame, and so the frame's locals, alive until the exception dies.
   * Owned references; absent for frames the exception did not leave.
   */
  frameRefs?: Value[];
  /**
   * The frame while it still runs (the exception was caught in it or above it): when it finishes,
   * its references move into frameRefs instead of being dropped, as CPython's frame object
   * outlives the call while a traceback refers to it. Cleared when either side goes.
   */
  frame?: TracebackFrame | null;
}

/** What a traceback entry needs of a running frame (frame.ts implements it). */
export interface TracebackFrame {
  tracebackEntries: TracebackEntry[] | null;
}

/** Forget the running frames these entries point at (their exception is going away). */
function unlinkFrames(entries: readonly TracebackEntry[]): void {
  for (const entry of entries) {
    const f = entry.frame;
    if (f === undefined || f === null) continue;
    entry.frame = null;
    if (f.tracebackEntries !== null) {
      const rest = f.tracebackEntries.filter((e) => e !== entry);
      f.tracebackEntries = rest.length > 0 ? rest : null;
    }
  }
}

export interface ExceptionData {
  /** The args tuple. Owned. */
  args: PyObject;
  traceback: TracebackEntry[];
  /** __cause__, __context__ (owned) or null. */
  cause: Value | null;
  context: Value | null;
  suppressContext: boolean;
  /** Set by RERAISE: the next unwind step must not add a traceback entry for this frame. */
  skipTraceback?: boolean;
  /** CPython's "Did you mean: 'x'?" hint, printed after the message of an uncaught exception. */
  suggestion?: string | null;
}

const exceptionRefs = (d: ExceptionData): (Value | null)[] => {
  const refs: (Value | null)[] = [d.args, d.cause, d.context];
  for (const entry of d.traceback) if (entry.frameRefs !== undefined) refs.push(...entry.frameRefs);
  return refs;
};

/** Drops the frames' references (tb_clear / frame_tp_clear). */
function takeFrameRefs(d: ExceptionData): Value[] {
  unlinkFrames(d.traceback);
  const refs: Value[] = [];
  for (const entry of d.traceback) {
    if (entry.frameRefs !== undefined) {
      refs.push(...entry.frameRefs);
      entry.frameRefs = undefined;
    }
  }
  return refs;
}

const exceptionSlots = {
  isGC: true,
  basicSize: 72,
  traverse: (o: PyObject, visit: Visit) => {
    visitValues(exceptionRefs(o.data as ExceptionData), visit);
    if (o.dict !== null) visit(o.dict);
  },
  clear: (o: PyObject) => {
    const d = o.data as ExceptionData;
    const refs: (Value | null)[] = [d.cause, d.context, ...takeFrameRefs(d)];
    d.cause = null;
    d.context = null;
    decrefAll(refs);
  },
  dealloc: (o: PyObject) => {
    // Detach before releasing: __del__ methods run by the releases must not see (and the heap
    // verifier must not count) references this dying object no longer owns.
    const d = o.data as ExceptionData;
    const refs = exceptionRefs(d);
    takeFrameRefs(d);
    d.cause = null;
    d.context = null;
    (d as { args: PyObject | null }).args = null;
    const dict = o.dict;
    o.dict = null;
    decrefAll(refs);
    decref(dict);
  },
};

function exc(name: string, base: PyObject | null): PyObject {
  return makeType({ name, ...exceptionSlots, ...(base ? { base } : {}) });
}

export const BaseException = exc('BaseException', null);
export const SystemExit = exc('SystemExit', BaseException);
export const KeyboardInterrupt = exc('KeyboardInterrupt', BaseException);
export const GeneratorExit = exc('GeneratorExit', BaseException);
export const Exception = exc('Exception', BaseException);
export const ArithmeticError = exc('ArithmeticError', Exception);
export const FloatingPointError = exc('FloatingPointError', ArithmeticError);
export const OverflowError = exc('OverflowError', ArithmeticError);
export const ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError);
export const AssertionError = exc('AssertionError', Exception);
export const AttributeError = exc('AttributeError', Exception);
export const BufferError = exc('BufferError', Exception);
export const EOFError = exc('EOFError', Exception);
export const ImportError = exc('ImportError', Exception);
export const ModuleNotFoundError = exc('ModuleNotFoundError', ImportError);
export const LookupError = exc('LookupError', Exception);
export const IndexError = exc('IndexError', LookupError);
export const KeyError = exc('KeyError', LookupError);
export const MemoryError = exc('MemoryError', Exception);
export const NameError = exc('NameError', Exception);
export const UnboundLocalError = exc('UnboundLocalError', NameError);
export const OSError = exc('OSError', Exception);
export const BlockingIOError = exc('BlockingIOError', OSError);
export const ChildProcessError = exc('ChildProcessError', OSError);
export const ConnectionError = exc('ConnectionError', OSError);
export const BrokenPipeError = exc('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = exc('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = exc('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = exc('ConnectionResetError', ConnectionError);
export const FileExistsError = exc('FileExistsError', OSError);
export const FileNotFoundError = exc('FileNotFoundError', OSError);
export const InterruptedError = exc('InterruptedError', OSError);
export const IsADirectoryError = exc('IsADirectoryError', OSError);
export const NotADirectoryError = exc('NotADirectoryError', OSError);
export const PermissionError = exc('PermissionError', OSError);
export const ProcessLookupError = exc('ProcessLookupError', OSError);
export const TimeoutError = exc('TimeoutError', OSError);
export const ReferenceError = exc('ReferenceError', Exception);
export const RuntimeError = exc('RuntimeError', Exception);
export const NotImplementedError = exc('NotImplementedError', RuntimeError);
export const RecursionError = exc('RecursionError', RuntimeError);
export const StopIteration = exc('StopIteration', Exception);
export const StopAsyncIteration = exc('StopAsyncIteration', Exception);
export const SyntaxError = exc('SyntaxError', Exception);
export const IndentationError = exc('IndentationError', SyntaxError);
export const TabError = exc('TabError', IndentationError);
export const SystemError = exc('SystemError', Exception);
export const TypeError = exc('TypeError', Exception);
export const ValueError = exc('ValueError', Exception);
export const UnicodeError = exc('UnicodeError', ValueError);
export const UnicodeDecodeError = exc('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = exc('UnicodeEncodeError', UnicodeError);
export const Warning = exc('Warning', Exception);
export const DeprecationWarning = exc('DeprecationWarning', Warning);
export const RuntimeWarning = exc('RuntimeWarning', Warning);
export const UserWarning = exc('UserWarning', Warning);
export const PendingDeprecationWarning = exc('PendingDeprecationWarning', Warning);
export const SyntaxWarning = exc('SyntaxWarning', Warning);
export const FutureWarning = exc('FutureWarning', Warning);
export const ImportWarning = exc('ImportWarning', Warning);
export const UnicodeWarning = exc('UnicodeWarning', Warning);
export const BytesWarning = exc('BytesWarning', Warning);
export const ResourceWarning = exc('ResourceWarning', Warning);
export const EncodingWarning = exc('EncodingWarning', Warning);
export const UnicodeTranslateError = exc('UnicodeTranslateError', UnicodeError);

export const BUILTIN_EXCEPTIONS: PyObject[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, ArithmeticError,
  FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError,
  EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
  NameError, UnboundLocalError, OSError, ReferenceError, RuntimeError, NotImplementedError,
  RecursionError, StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError,
  ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, DeprecationWarning,
  RuntimeWarning, UserWarning, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
  ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError,
  FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
  ProcessLookupError, TimeoutError, StopAsyncIteration, PendingDeprecationWarning, SyntaxWarning,
  FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
  UnicodeTranslateError,
];

/** The JS value thrown while a Python exception propagates through native code. Owns `exc`. */
export class PyErr {
  readonly exc: PyObject;
  constructor(exc: PyObject) {
    this.exc = exc;
  }
}

/** Returns a new exception instance of `type` whose args tuple STEALS `stolenArgs`. */
export function newException(type: PyObject, stolenArgs: Value[]): PyObject {
  const data: ExceptionData = {
    args: stolenArgs.length === 0 ? EmptyTuple : newTuple(stolenArgs),
    traceback: [],
    cause: null,
    context: null,
    suppressContext: false,
  };
  const o = heap.alloc(type, typeData(type).basicSize, data, -1);
  heap.track(o);
  return o;
}

/** Throws a new `type(msg)` exception. */
export function raise(type: PyObject, msg: string): never {
  throw new PyErr(newException(type, [newStr(msg)]));
}

export function typeError(msg: string): never {
  raise(TypeError, msg);
}

export function valueError(msg: string): never {
  raise(ValueError, msg);
}

export function isExceptionType(t: PyObject): boolean {
  return typeData(t).mro.includes(BaseException);
}

/** Marks a JS exception that is a bug in pyarena, not in the Python program. */
export class InternalError extends Error {}


/**
 * The host's stack ran out (V8's RangeError "Maximum call stack size exceeded"). Checked with a
 * plain string search: at the bottom of an exhausted stack even compiling a RegExp can overflow.
 */
export function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes('call stack');
}

// ---------------------------------------------------------------- traceback objects

/**
 * A traceback object (e.__traceback__, tb.tb_next): a view of one entry of an exception's
 * traceback, outermost frame first as CPython chains them. It holds a counted reference to the
 * exception, whose entries own the frames' references.
 */
export interface TracebackView {
  exc: PyObject;
  /** Position in the chain: 0 is the outermost frame (the last entry recorded). */
  depth: number;
}

export const TracebackType = makeType({
  name: 'traceback', isGC: true, basicSize: 64, acceptsSubclasses: false,
  traverse: (o, visit) => visit((o.data as TracebackView).exc),
  clear: () => undefined,
  dealloc: (o) => decref((o.data as TracebackView).exc),
});

/** The traceback object at `depth` of exc's chain, or None past its end (a new reference). */
export function tracebackAt(exc: PyObject, depth: number): Value {
  const entries = (exc.data as ExceptionData).traceback;
  if (depth >= entries.length) return None;
  exc.refcnt++;
  const tb = heap.alloc(TracebackType, 64, { exc, depth } satisfies TracebackView);
  heap.track(tb);
  return tb;
}

/** The entry a traceback object shows. */
export function tracebackEntry(tb: PyObject): TracebackEntry {
  const v = tb.data as TracebackView;
  const entries = (v.exc.data as ExceptionData).traceback;
  return entries[entries.length - 1 - v.depth]!;
}

/** e.__traceback__ = None: the entries go, and with them the frames' locals they kept alive. */
export function clearTraceback(exc: PyObject): void {
  const d = exc.data as ExceptionData;
  const refs = takeFrameRefs(d);
  d.traceback = [];
  decrefAll(refs);
}
