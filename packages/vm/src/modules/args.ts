// Argument conversions shared by the native modules, with CPython's error wording
// (PyFloat_AsDouble, PyNumber_Index and Argument Clinic's checks in Python/getargs.c).

import { GC_IMMORTAL, IMMORTAL_REFCNT, PyObject as PyObjectClass, type PyObject, type Value } from '@pyarena/memory';
import { FloatType, StrType } from '../objects/types';
import { typeName } from '../objects/typeobject';
import { typeError } from '../errors';
import { lookupAttr } from '../ops/attr';
import { callObject } from '../call';
import { decref } from '../refs';
import { isIntLike, toBigInt, toDouble } from '../ops/numbers';
import { splitArgs } from '../objects/builtin-function';

/** Calls obj.name() when the type defines it: a new reference, or undefined. */
export function callDunder(v: Value, name: string, args: Value[] = []): Value | undefined {
  if (typeof v === 'number') return undefined;
  const m = lookupAttr(v, name);
  if (m === undefined) return undefined;
  try {
    return callObject(m, args, null);
  } finally {
    decref(m);
  }
}

/** PyFloat_AsDouble: floats, ints, or objects with __float__ / __index__. */
export function argDouble(v: Value): number {
  if (typeof v === 'number') return v;
  if (v.type === FloatType || isIntLike(v)) return toDouble(v);
  for (const dunder of ['__float__', '__index__']) {
    const r = callDunder(v, dunder);
    if (r !== undefined) {
      try {
        if (typeof r !== 'number' && r.type !== FloatType && !isIntLike(r)) {
          typeError(`${typeName(v)}.${dunder} returned non-${dunder === '__float__' ? 'float' : 'int'} (type ${typeName(r)})`);
        }
        return toDouble(r);
      } finally {
        decref(r);
      }
    }
  }
  typeError(`must be real number, not ${typeName(v)}`);
}

/** PyNumber_Index: ints, or objects with __index__. */
export function argIndex(v: Value): bigint {
  if (isIntLike(v)) return toBigInt(v);
  const r = callDunder(v, '__index__');
  if (r !== undefined) {
    try {
      if (!isIntLike(r)) typeError(`__index__ returned non-int (type ${typeName(r)})`);
      return toBigInt(r);
    } finally {
      decref(r);
    }
  }
  typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** An index argument that must fit a JS number (sizes, counts). */
export function argSmallIndex(v: Value): number {
  if (typeof v === 'number') return v;
  return Number(argIndex(v));
}

export function isStr(v: Value): v is PyObject {
  return typeof v !== 'number' && v.type === StrType;
}

/**
 * Parses positional-or-keyword parameters: `names` in order, the first `required` mandatory.
 * Returns borrowed values (undefined when absent). Messages follow Argument Clinic.
 */
export function parseArgs(fname: string, args: Value[], kwnames: readonly string[] | null,
  names: readonly string[], required: number, kwOnly: readonly string[] = []): (Value | undefined)[] {
  const total = names.length;
  const most = total + kwOnly.length;
  if (args.length > most) { // _PyArg_UnpackKeywords' checks, in its order
    const npos = args.length - (kwnames?.length ?? 0);
    typeError(`${fname}() takes at most ${most} ${npos === 0 ? 'keyword ' : ''}argument${most === 1 ? '' : 's'} (${args.length} given)`);
  }
  const [pos, kw] = splitArgs(fname, args, kwnames, [...names, ...kwOnly]);
  if (pos.length > total) {
    if (total === 0) typeError(`${fname}() takes no positional arguments`);
    typeError(`${fname}() takes ${required < total ? 'at most' : 'exactly'} ${total} positional argument${total === 1 ? '' : 's'} (${pos.length} given)`);
  }
  const out: (Value | undefined)[] = [];
  for (let i = 0; i < total; i++) {
    const name = names[i]!;
    const fromKw = kw.get(name);
    if (i < pos.length) {
      if (fromKw !== undefined) typeError(`${fname}() got multiple values for argument '${name}'`);
      out.push(pos[i]);
    } else out.push(fromKw);
    if (i < required && out[i] === undefined) {
      typeError(`${fname}() missing required argument '${name}' (pos ${i + 1})`);
    }
  }
  for (const name of kwOnly) out.push(kw.get(name));
  return out;
}

/** An immortal str for process-wide tables (type attributes such as __module__). */
export function staticStr(s: string): PyObject {
  // Built outside any heap, like the str singletons in objects/constructors.ts.
  const o = new PyObjectClass(StrType, s);
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}
