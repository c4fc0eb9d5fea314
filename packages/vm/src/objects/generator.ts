// Generators (Objects/genobject.c): a generator owns a suspended frame and resumes it with
// execute(). Exhaustion is reported as `undefined` to FOR_ITER, as StopIteration elsewhere.

import type { PyObject, Value, Visit } from '@pyarena/memory';
import type { Frame } from '../frame';
import type { FunctionData } from './types';
import { makeType } from './typeobject';
import { newObjectOfType, None } from './constructors';
import { decref, incref } from '../refs';
import { GeneratorExit, newException, PyErr, raise, RuntimeError, StopIteration, TypeError, ValueError } from '../errors';
import { execute, frameForCall } from '../interpreter';
import { iterHooks } from '../ops/iter';
import { isSubtype } from './typeobject';

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
      decref(e.exc);
      raise(RuntimeError, 'generator raised StopIteration');
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
