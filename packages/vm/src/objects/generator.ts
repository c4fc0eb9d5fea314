// Generators (Objects/genobject.c): a generator owns a suspended frame and resumes it with
// execute(). Exhaustion is reported as `undefined` to FOR_ITER, as StopIteration elsewhere.

import type { PyObject, Value, Visit } from '@pyarena/memory';
import type { Frame } from '../frame';
import type { FunctionData } from './types';
import { makeType } from './typeobject';
import { newObjectOfType, None } from './constructors';
import { decref, incref } from '../refs';
import { GeneratorExit, newException, PyErr, raise, RuntimeError, StopIteration, TypeError, ValueError, type ExceptionData } from '../errors';
import { newStr } from './constructors';
import { checkArgs, defineMethod } from './builtin-function';
import { typeData } from './typeobject';
import { makeRaisable } from '../ops/eval-helpers';
import type { NativeFn } from './types';
import { execute, frameForCall } from '../interpreter';
import { iterHooks } from '../ops/iter';
import { isSubtype } from './typeobject';
import { writeUnraisable } from './finalize';

export interface GeneratorData {
  frame: Frame | null;
  running: boolean;
  name: string;
  qualname: string;
}

export const GeneratorType = makeType({
  name: 'generator', isGC: true, basicSize: 200, acceptsSubclasses: false,
  traverse: (o: PyObject, visit: Visit) => {
    const f = (o.data as GeneratorData).frame;
    if (f !== null) f.visit(visit);
  },
  clear: (o: PyObject) => finishGenerator(o.data as GeneratorData),
  dealloc: (o: PyObject) => finishGenerator(o.data as GeneratorData),
});

function finishGenerator(g: GeneratorData): void {
  const f = g.frame;
  g.frame = null;
  if (f !== null) f.clear();
}

/** Calling a generator function: bind the arguments now, run nothing yet. New reference. */
export function makeGenerator(func: PyObject, args: readonly Value[], kwnames: readonly string[] | null): PyObject {
  const frame = frameForCall(func, args, kwnames);
  const fn = func.data as FunctionData;
  const data: GeneratorData = { frame, running: false, name: fn.name, qualname: fn.qualname };
  const gen = newObjectOfType(GeneratorType, data);
  frame.generator = gen;
  return gen;
}

/**
 * Resumes the generator with `sent` (borrowed) or with an exception thrown in at the yield.
 * Returns [value, done]: done=false for a yielded value, true for the return value. New references.
 */
export function resume(gen: PyObject, sent: Value, thrown: PyObject | null = null): [Value, boolean] {
  const g = gen.data as GeneratorData;
  const f = g.frame;
  if (f === null) {
    if (thrown !== null) throw new PyErr(thrown);
    return [None, true];
  }
  if (g.running) raise(ValueError, 'generator already executing');
  if (!f.started) {
    if (sent !== None && thrown === null) {
      raise(TypeError, "can't send non-None value to a just-started generator");
    }
    f.started = true;
  } else if (thrown === null) {
    incref(sent);
    f.stack[f.sp++] = sent;
  }
  g.running = true;
  f.suspended = false;
  try {
    // Raised at the suspended YIELD_VALUE: the frame's exception table decides (gen.throw()).
    if (thrown !== null) f.pendingThrow = thrown;
    const v = execute(f);
    if (f.suspended) return [v, false];
    finishGenerator(g);
    return [v, true];
  } catch (e) {
    finishGenerator(g);
    if (e instanceof PyErr && isSubtype(e.exc.type, StopIteration)) {
      // PEP 479: a StopIteration escaping a generator becomes a RuntimeError caused by it.
      const err = newException(RuntimeError, [newStr('generator raised StopIteration')]);
      const d = err.data as ExceptionData;
      d.cause = e.exc;
      d.context = e.exc;
      e.exc.refcnt++;
      d.suppressContext = true;
      throw new PyErr(err);
    }
    throw e;
  } finally {
    g.running = false;
  }
}


/** next(gen) for FOR_ITER: a new reference, or undefined when the generator returns. */
export function generatorNext(gen: PyObject): Value | undefined {
  const [v, done] = resume(gen, None);
  if (done) {
    decref(v);
    return undefined;
  }
  return v;
}

/** Raises StopIteration(value) carrying a generator's return value (for send/next). */
export function stopIteration(value: Value): never {
  throw new PyErr(newException(StopIteration, value === None ? [] : [value]));
}

export { GeneratorExit };

iterHooks.getIterOther = (o) => {
  if (o.type === GeneratorType) {
    o.refcnt++;
    return o;
  }
  return null;
};
const previousNext = iterHooks.iterNextOther;
iterHooks.iterNextOther = (it) => (it.type === GeneratorType ? generatorNext(it) : previousNext(it));

/** The value of a finished generator, raised as StopIteration(value) by send/__next__/throw. */
function yieldedOrStop([value, done]: [Value, boolean]): Value {
  if (!done) return value;
  stopIteration(value);
}

/** gen.throw(exc) / gen.throw(type[, value]): raise at the suspended yield. */
const genThrow: NativeFn = (args, kwnames, self) => {
  checkArgs('throw', args, kwnames, 1, 3);
  let exc: PyObject;
  const first = args[0]!;
  if (args.length >= 2 && args[1] !== None) {
    exc = makeRaisable(callExceptionType(first, args[1]!));
  } else exc = makeRaisable(first);
  return yieldedOrStop(resume(self as PyObject, None, exc));
};

function callExceptionType(type: Value, value: Value): Value {
  if (typeof value === 'object' && typeof type === 'object' && isSubtype(value.type, type)) return value;
  return type;
}

/** gen.close(): throw GeneratorExit in; a generator that yields again is an error (PEP 342). */
export function closeGenerator(gen: PyObject): void {
  const g = gen.data as GeneratorData;
  if (g.frame === null) return;
  if (!g.frame.started) {
    finishGenerator(g);
    return;
  }
  const exit = newException(GeneratorExit, []);
  let result: [Value, boolean];
  try {
    result = resume(gen, None, exit);
  } catch (e) {
    if (e instanceof PyErr && (isSubtype(e.exc.type, GeneratorExit) || isSubtype(e.exc.type, StopIteration))) {
      decref(e.exc);
      return;
    }
    throw e;
  }
  decref(result[0]);
  if (!result[1]) raise(RuntimeError, 'generator ignored GeneratorExit');
}

const GENERATOR_METHODS: Record<string, NativeFn> = {
  send: (args, kwnames, self) => {
    checkArgs('send', args, kwnames, 1, 1);
    return yieldedOrStop(resume(self as PyObject, args[0]!));
  },
  __next__: (args, kwnames, self) => {
    checkArgs('__next__', args, kwnames, 0, 0);
    return yieldedOrStop(resume(self as PyObject, None));
  },
  __iter__: (args, kwnames, self) => {
    checkArgs('__iter__', args, kwnames, 0, 0);
    (self as PyObject).refcnt++;
    return self as PyObject;
  },
  throw: genThrow,
  close: (args, kwnames, self) => {
    checkArgs('close', args, kwnames, 0, 0);
    closeGenerator(self as PyObject);
    return None;
  },
};
for (const [name, fn] of Object.entries(GENERATOR_METHODS)) defineMethod(GeneratorType, name, fn);

// A suspended generator that dies is closed first, so its finally blocks run (_PyGen_Finalize);
// an error from close() ("generator ignored GeneratorExit"...) is reported as unraisable.
typeData(GeneratorType).finalize = (o) => {
  const g = o.data as GeneratorData;
  if (g.frame === null || !g.frame.started) return;
  try {
    closeGenerator(o);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    writeUnraisable(o, e);
  }
};
