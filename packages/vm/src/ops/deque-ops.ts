// collections.deque's operations above the storage (objects/deque.ts): extend, copy, concat and
// repeat, searches, repr, comparison, subscripts and __init__, with CPython 3.11's semantics and
// messages. The methods (builtins/methods-deque.ts) and the interpreter's protocol hooks
// (modules/collections.ts) both call them.

import type { PyObject, Value } from '@pyarena/memory';
import { CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE } from '@pyarena/compiler';
import type { NativeFn } from '../objects/types';
import { ListType, TupleType } from '../objects/types';
import {
  DequeType, dequeAppendLeftSteal, dequeAppendSteal, dequeClear, dequeDelItem, dequeItem, dequeReplace,
  dequeStartFill, isDeque, newDeque, type DequeData,
} from '../objects/deque';
import { None } from '../objects/constructors';
import { lookupInType, typeData, typeName } from '../objects/typeobject';
import {
  IndexError, OverflowError, RecursionError, RuntimeError, isHostStackOverflow, raise, typeError, valueError,
} from '../errors';
import { decref, decrefAll, incref } from '../refs';
import { compare, equals } from './compare';
import { getIter, iterNext, iterateToArray } from './iter';
import { guarded, repr } from './repr';
import { isIntLike, toBigInt } from './numbers';
import { argIndex } from '../modules/args';
import { noMemory, repeatOverflows } from '../objects/list';
import { callObject } from '../call';
import { tstate } from '../tstate';

export const SSIZE_MAX = 2n ** 63n - 1n;
export const SSIZE_MIN = -(2n ** 63n);

const dataOf = (o: PyObject): DequeData => o.data as DequeData;

// ---------------------------------------------------------------- index arguments

/** A Py_ssize_t from an int: `exc` with `msg` beyond the range. */
export function inSsizeRange(b: bigint, exc: PyObject, msg: string): number {
  if (b > SSIZE_MAX || b < SSIZE_MIN) raise(exc, msg);
  return Number(b);
}

/** Has v an __index__ (an int, or an object of a class defining one)? */
export function isIndexable(v: Value): boolean {
  if (isIntLike(v)) return true;
  return typeof v === 'object' && typeData(v.type).isHeapType && lookupInType(v.type, '__index__') !== undefined;
}

/** d[key] as an operator (PyObject_GetItem on a sequence): a position, negative from the end. */
export function subscriptIndex(o: PyObject, key: Value): number {
  if (typeof key !== 'number' && !isIndexable(key)) typeError(`sequence index must be integer, not '${typeName(key)}'`);
  const i = typeof key === 'number' ? key
    : inSsizeRange(argIndex(key), IndexError, "cannot fit 'int' into an index-sized integer");
  return i < 0 ? i + dataOf(o).size : i;
}

/** The repeat count of `deque * n` as an operator (sequence_repeat's messages). */
export function repeatCount(n: Value): number {
  if (typeof n === 'number') return n;
  if (!isIndexable(n)) typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  return inSsizeRange(argIndex(n), OverflowError, "cannot fit 'int' into an index-sized integer");
}

function checkPosition(d: DequeData, i: number): void {
  if (!(i >= 0 && i < d.size)) raise(IndexError, 'deque index out of range');
}

// ---------------------------------------------------------------- operations

/** The items as a JS array of new references (PySequence_List of an exact deque). */
function snapshot(d: DequeData): Value[] {
  const out: Value[] = [];
  for (let i = 0; i < d.size; i++) {
    const v = dequeItem(d, i);
    incref(v);
    out.push(v);
  }
  return out;
}

const mutated = (): never => raise(RuntimeError, 'deque mutated during iteration');

/**
 * deque_extend / deque_extendleft. An exact list or tuple is read by position (as its iterator
 * would), an exact deque likewise with its iterator's mutation check; other iterables through
 * their iterator. A bounded deque of maxlen 0 only consumes the iterable.
 */
export function dequeExtend(o: PyObject, iterable: Value, left: boolean): void {
  const d = dataOf(o);
  const add = left ? dequeAppendLeftSteal : dequeAppendSteal;
  if (iterable === o) {
    // Extending a deque with itself extends it with a list of its items.
    const items = snapshot(d);
    try {
      extendFromArray(d, items, add);
    } finally {
      decrefAll(items);
    }
    return;
  }
  if (typeof iterable === 'object' && (iterable.type === ListType || iterable.type === TupleType)) {
    if (d.maxlen === 0) return;
    dequeStartFill(d, left);
    for (let i = 0; ; i++) {
      const items = iterable.data as Value[]; // read again: a finalizer may change the list
      if (i >= items.length) break;
      const v = items[i]!;
      incref(v);
      add(d, v);
    }
    return;
  }
  if (typeof iterable === 'object' && iterable.type === DequeType) {
    const src = dataOf(iterable);
    if (d.maxlen === 0) return;
    dequeStartFill(d, left);
    const state = src.state, n = src.size;
    for (let i = 0; i < n; i++) {
      if (src.state !== state) mutated();
      const v = dequeItem(src, i);
      incref(v);
      add(d, v);
    }
    if (src.state !== state) mutated();
    return;
  }
  const it = getIter(iterable);
  try {
    if (d.maxlen === 0) {
      for (let v = iterNext(it); v !== undefined; v = iterNext(it)) decref(v);
      return;
    }
    dequeStartFill(d, left);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) add(d, v);
  } finally {
    decref(it);
  }
}

function extendFromArray(d: DequeData, items: readonly Value[], add: (d: DequeData, v: Value) => void): void {
  if (d.maxlen === 0) return;
  dequeStartFill(d, add === dequeAppendLeftSteal);
  for (let i = 0; i < items.length; i++) {
    incref(items[i]!);
    add(d, items[i]!);
  }
}

/** deque_copy: an exact deque is copied directly; a subclass is called as type(d)(d[, maxlen]). */
export function dequeCopy(o: PyObject): PyObject {
  const d = dataOf(o);
  if (o.type === DequeType) {
    const c = newDeque(DequeType);
    const cd = dataOf(c);
    cd.maxlen = d.maxlen;
    try {
      if (d.size === 1) {
        const v = dequeItem(d, 0);
        incref(v);
        dequeAppendSteal(cd, v);
      } else dequeExtend(c, o, false);
    } catch (e) {
      decref(c);
      throw e;
    }
    return c;
  }
  const r = callObject(o.type, d.maxlen < 0 ? [o] : [o, d.maxlen], null);
  if (!isDeque(r)) {
    decref(r);
    typeError(`${typeName(o)}() must return a deque, not ${typeName(r)}`);
  }
  return r;
}

/** deque + other: a copy of the deque, extended. */
export function dequeConcat(o: PyObject, other: Value): PyObject {
  if (!isDeque(other)) typeError(`can only concatenate deque (not "${typeName(other)}") to deque`);
  const c = dequeCopy(o);
  try {
    dequeExtend(c, other, false);
  } catch (e) {
    decref(c);
    throw e;
  }
  return c;
}

/** deque *= n: emptied for n <= 0; a single item is repeated directly; else the items n - 1 more times. */
export function dequeInplaceRepeat(o: PyObject, n: number): void {
  const d = dataOf(o);
  if (n <= 0) {
    dequeClear(o);
    return;
  }
  const size = d.size;
  if (size === 0 || n === 1) return;
  if (size === 1) {
    const count = d.maxlen >= 0 && n > d.maxlen ? d.maxlen : n;
    const v = dequeItem(d, 0);
    d.state++;
    for (let i = 1; i < count; i++) {
      incref(v);
      dequeAppendSteal(d, v);
    }
    return;
  }
  if (repeatOverflows(size, n)) noMemory();
  // The extends stop early when maxlen would drop what they add.
  const times = d.maxlen >= 0 && n * size > d.maxlen ? Math.floor((d.maxlen + size - 1) / size) : n;
  const items = snapshot(d);
  try {
    for (let i = 1; i < times; i++) extendFromArray(d, items, dequeAppendSteal);
  } finally {
    decrefAll(items);
  }
}

/** deque * n: a copy repeated in place. */
export function dequeRepeat(o: PyObject, n: number): PyObject {
  const c = dequeCopy(o);
  try {
    dequeInplaceRepeat(c, n);
  } catch (e) {
    decref(c);
    throw e;
  }
  return c;
}

/** `item in d`, count and index compare each item (the item first) and stop if the deque changed. */
export function findFrom(o: PyObject, x: Value, start: number, stop: number, onMutation: PyObject): number {
  const d = dataOf(o);
  const state = d.state;
  for (let i = start; i < stop; i++) {
    const item = dequeItem(d, i);
    incref(item);
    let eq: boolean;
    try {
      eq = equals(item, x);
    } finally {
      decref(item);
    }
    if (d.state !== state) raise(onMutation, 'deque mutated during iteration');
    if (eq) return i;
  }
  return -1;
}

export function dequeContains(o: PyObject, x: Value): boolean {
  return findFrom(o, x, 0, dataOf(o).size, RuntimeError) >= 0;
}

/** repr(d): `deque([...])` or `deque([...], maxlen=n)` with the class's name; `[...]` when recursive. */
export function dequeRepr(o: PyObject): string {
  return guarded(o, '[...]', () => {
    // PySequence_List: a subclass's own __iter__ is used.
    const items = o.type === DequeType ? snapshot(dataOf(o)) : iterateToArray(o);
    try {
      const name = typeData(o.type).name;
      const list = '[' + items.map(repr).join(', ') + ']';
      const maxlen = dataOf(o).maxlen;
      return `${name.slice(name.lastIndexOf('.') + 1)}(${list}${maxlen >= 0 ? `, maxlen=${maxlen}` : ''})`;
    } finally {
      decrefAll(items);
    }
  });
}

let compareDepth = 0;

/**
 * deque_richcompare of two deques: lengths settle == and != first; then both are iterated until
 * a pair differs (compared with `op`) or one ends (then the lengths are compared).
 */
export function dequeCompare(v: PyObject, w: PyObject, op: number): boolean {
  const vs = dataOf(v).size, ws = dataOf(w).size;
  if (vs !== ws && (op === CMP_EQ || op === CMP_NE)) return op === CMP_NE;
  if (++compareDepth + tstate.depth > tstate.recursionLimit) {
    compareDepth--;
    raise(RecursionError, 'maximum recursion depth exceeded in comparison');
  }
  const it1 = getIter(v);
  let it2: PyObject;
  try {
    it2 = getIter(w);
  } catch (e) {
    decref(it1);
    compareDepth--;
    throw e;
  }
  try {
    for (;;) {
      const x = iterNext(it1);
      let y: Value | undefined;
      try {
        y = iterNext(it2);
      } catch (e) {
        if (x !== undefined) decref(x);
        throw e;
      }
      if (x === undefined || y === undefined) {
        if (x !== undefined) decref(x);
        if (y !== undefined) decref(y);
        return endResult(op, x !== undefined, y !== undefined);
      }
      try {
        if (!equals(x, y)) return compare(x, y, op);
      } finally {
        decref(x);
        decref(y);
      }
    }
  } catch (e) {
    if (isHostStackOverflow(e)) raise(RecursionError, 'maximum recursion depth exceeded in comparison');
    throw e;
  } finally {
    decref(it1);
    decref(it2);
    compareDepth--;
  }
}

/** The result once one deque ran out with every pair equal: by which one has items left. */
function endResult(op: number, vLeft: boolean, wLeft: boolean): boolean {
  switch (op) {
    case CMP_LT: return wLeft;
    case CMP_LE: return !vLeft;
    case CMP_EQ: return !vLeft && !wLeft;
    case CMP_NE: return vLeft || wLeft;
    case CMP_GT: return vLeft;
    default: return !wLeft; // CMP_GE
  }
}

/** d[i] for a position already made non-negative: a new reference. */
export function dequeGetItem(o: PyObject, i: number): Value {
  const d = dataOf(o);
  checkPosition(d, i);
  const v = dequeItem(d, i);
  incref(v);
  return v;
}

/** d[i] = v (v borrowed) or, with v null, del d[i]. */
export function dequeSetItem(o: PyObject, i: number, v: Value | null): void {
  const d = dataOf(o);
  checkPosition(d, i);
  if (v === null) return dequeDelItem(d, i);
  incref(v);
  decref(dequeReplace(d, i, v));
}

/** deque_init: deque([iterable[, maxlen]]) on a new deque or, again, on an existing one. */
export function dequeInit(o: PyObject, args: Value[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (args.length > 2) typeError(`deque() takes at most 2 arguments (${args.length} given)`);
  let iterable: Value | undefined = npos > 0 ? args[0] : undefined;
  let maxlenArg: Value | undefined = npos > 1 ? args[1] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!, v = args[npos + k]!;
    const pos = name === 'iterable' ? 0 : name === 'maxlen' ? 1 : -1;
    if (pos < 0) typeError(`'${name}' is an invalid keyword argument for deque()`);
    if (pos < npos) typeError(`argument for deque() given by name ('${name}') and position (${pos + 1})`);
    if (pos === 0) iterable = v;
    else maxlenArg = v;
  }
  let maxlen = -1;
  if (maxlenArg !== undefined && maxlenArg !== None) {
    // PyLong_AsSsize_t: ints only (no __index__).
    if (!isIntLike(maxlenArg)) typeError('an integer is required');
    maxlen = inSsizeRange(toBigInt(maxlenArg), OverflowError, 'Python int too large to convert to C ssize_t');
    if (maxlen < 0) valueError('maxlen must be non-negative');
  }
  const d = dataOf(o);
  d.maxlen = maxlen;
  if (d.size > 0) dequeClear(o);
  if (iterable !== undefined) dequeExtend(o, iterable, false);
}

/** deque(...) for the deque type itself (subclasses: modules/collections.ts's layout allocator). */
export const dequeConstructor: NativeFn = (args, kwnames) => {
  const o = newDeque(DequeType);
  try {
    dequeInit(o, args, kwnames);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
};
