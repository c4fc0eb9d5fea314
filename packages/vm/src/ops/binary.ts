// BINARY_OP and the unary operators for builtin types (PyNumber_Add & co, sequence concat and
// repeat), with CPython's TypeError wording. User classes (dunder methods) hook in via binaryHooks.

import type { PyObject, Value } from '@pyarena/memory';
import {
  NB_ADD, NB_AND, NB_INPLACE_OFFSET, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_SUBTRACT, NB_SYMBOLS, NB_XOR,
  UNARY_INVERT, UNARY_NEGATIVE,
} from '@pyarena/compiler';
import { NotImplemented, newList, newStr, newTuple, strSize } from '../objects/constructors';
import { BoolType, BytesType, ByteArrayType, DictItemsType, DictKeysType, DictType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType } from '../objects/types';
import { typeName } from '../objects/typeobject';
import { newObjectOfType } from '../objects/constructors';
import type { DictTable } from '../objects/dict-table';
import { dictCopy, dictMerge } from '../objects/dict';
import {
  newSet, setAdd, setDifference, setDifferenceUpdate, setIntersection, setSymmetricDifference,
  setSymmetricDifferenceUpdate, setTakeIntersection, setUnion, setUpdateFrom,
} from '../objects/set';
import { listClear, listExtend, listResize, noMemory, repeatOverflows } from '../objects/list';
import { heap } from '../state';
import { OverflowError, raise, typeError } from '../errors';
import { decref, decrefAll, incref } from '../refs';
import { iterateToArray } from './iter';
import { invert, negate, numberBinary, positive, toBigInt } from './numbers';
import { latin1, percentFormat } from './percent-format';
import { bytesLike, newByteArray } from '../objects/bytearray';
import { byteArrayInplaceConcat, byteArrayInplaceRepeat, byteArrayRepeat, bytesConcat } from './bytes-ops';
import { complexBinary, isComplex } from './complex';

export const binaryHooks = {
  /** Dunder-method dispatch for user objects; NotImplemented when they do not handle it. */
  binaryOther: (_op: number, _a: Value, _b: Value): Value => NotImplemented,
  unaryOther: (_op: number, _v: Value): Value | null => null,
};

/**
 * The repeat count as Py_ssize_t (PyNumber_AsSsize_t with OverflowError): a number, or a bigint
 * beyond the JS safe range (only its size matters then). Null for a non-int.
 */
function repeatCount(n: Value): number | bigint | null {
  if (typeof n === 'number') return n;
  if (n.type === BoolType) return n.data ? 1 : 0;
  if (n.type === IntType) {
    const b = toBigInt(n);
    if (b > 2n ** 63n - 1n || b < -(2n ** 63n)) raise(OverflowError, 'cannot fit \'int\' into an index-sized integer');
    return b;
  }
  return null;
}

/** `n` items of `items` repeated into `out` (new references). */
function repeatInto(out: Value[], items: readonly Value[], n: number): void {
  const len = items.length;
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < len; i++) {
      const v = items[i]!;
      if (typeof v === 'object') v.refcnt++;
      out.push(v);
    }
  }
}

/**
 * seq * n for str, bytes, list and tuple (unicode_repeat, bytes_repeat, list_repeat,
 * tuple_repeat): CPython's overflow errors, then the result's block is asked for before any JS
 * payload of that size is built, so a huge repeat is a MemoryError, never a host crash.
 */
function sequenceRepeat(a: PyObject, count: number | bigint): Value {
  const t = a.type;
  const n = count <= 0 ? 0 : Number(count);
  if (t === StrType) {
    const s = a.data as string;
    if (repeatOverflows(s.length, count)) raise(OverflowError, 'repeated string is too long');
    if (n === 0 || s.length === 0) return newStr('');
    // The str's own block (the JS string is built only once the model can have it).
    heap.checkRequest(strSize(s) + (n - 1) * (strSize(s) - strSize('')));
    if (s.length * n > MAX_JS_STRING) noMemory(); // the host's limit (docs/deviations.md)
    return newStr(s.repeat(n));
  }
  if (t === ByteArrayType) return byteArrayRepeat(a, count <= 0 ? 0 : Number(count));
  if (t === BytesType) {
    const x = a.data as Uint8Array;
    if (repeatOverflows(x.length, count)) raise(OverflowError, 'repeated bytes are too long');
    if (n === 0 || x.length === 0) return newObjectOfType(BytesType, new Uint8Array(0), 33);
    heap.checkRequest(33 + x.length * n);
    const out = new Uint8Array(x.length * n);
    for (let i = 0; i < n; i++) out.set(x, i * x.length);
    return newObjectOfType(BytesType, out, 33 + out.length);
  }
  const items = a.data as Value[];
  if (repeatOverflows(items.length, count)) noMemory();
  const size = items.length * n;
  if (size === 0) return t === ListType ? newList([]) : newTuple([]);
  if (t === ListType) {
    // list_repeat: list_new_prealloc(size), exactly size slots (the block comes first).
    const out = newList([], size);
    repeatInto(out.data as Value[], items, n);
    return out;
  }
  heap.checkRequest(40 + 8 * size);
  const out: Value[] = [];
  repeatInto(out, items, n);
  return newTuple(out);
}

/** list_inplace_repeat: l *= n, the block resized once before the items are copied. */
function listInplaceRepeat(l: PyObject, count: number | bigint): void {
  const items = l.data as Value[];
  const size = items.length;
  if (size === 0 || count === 1 || count === 1n) return;
  if (count < 1) {
    listClear(l);
    return;
  }
  if (repeatOverflows(size, count)) noMemory();
  const n = Number(count);
  listResize(l, size * n);
  repeatInto(items, items.slice(), n - 1);
}

/** V8's longest string (2**29 - 24 UTF-16 units). */
const MAX_JS_STRING = 2 ** 29 - 24;

const isRepeatable = (v: Value): boolean =>
  typeof v !== 'number' && (v.type === StrType || v.type === ListType || v.type === TupleType || v.type === BytesType || v.type === ByteArrayType);

function sequenceBinary(op: number, a: Value, b: Value): Value {
  // n * seq repeats the sequence whichever side it is on (True * [1], 2**40 * [], 1.5 * 'a' errs).
  if (op === NB_MULTIPLY && !isRepeatable(a) && isRepeatable(b)) return sequenceBinary(op, b, a);
  if (typeof a === 'number') return NotImplemented;
  const t = a.type;
  if (op === NB_ADD) {
    if (t === BytesType || t === ByteArrayType) return bytesConcat(a, b);
    if (typeof b !== 'number' && b.type === t) {
      if (t === StrType) return newStr((a.data as string) + (b.data as string));
      if (t === ListType || t === TupleType) {
        const items = [...(a.data as Value[]), ...(b.data as Value[])];
        for (const v of items) incref(v);
        return t === ListType ? newList(items) : newTuple(items);
      }
    }
    if (t === StrType || t === ListType || t === TupleType) {
      if (typeof b === 'number' || b.type !== t) {
        const name = typeName(a);
        typeError(`can only concatenate ${name} (not "${typeName(b)}") to ${name}`);
      }
    }
    return NotImplemented;
  }
  if (op === NB_MULTIPLY && (t === StrType || t === ListType || t === TupleType || t === BytesType || t === ByteArrayType)) {
    const n = repeatCount(b);
    // Any other operand (user classes had their __mul__/__rmul__ tried before): sq_repeat's error.
    if (n === null) typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
    return sequenceRepeat(a, n);
  }
  if (op === NB_REMAINDER && t === StrType) return newStr(percentFormat(a.data as string, b));
  if (op === NB_REMAINDER && (t === BytesType || t === ByteArrayType)) return bytesPercent(a, b);
  return NotImplemented;
}

/** set_or, set_and, set_sub, set_xor: a new set of a's kind, built as setobject.c builds it. */
function setBinary(op: number, a: PyObject, b: PyObject): Value {
  switch (op) {
    case NB_OR:
      return setUnion(a, b);
    case NB_AND:
      return setIntersection(a, b);
    case NB_SUBTRACT:
      return setDifference(a, b);
    case NB_XOR:
      return setSymmetricDifference(a, b);
  }
  return NotImplemented;
}

function isSetView(v: Value): boolean {
  return typeof v !== 'number' && (v.type === DictKeysType || v.type === DictItemsType);
}

/** A new set holding a view's keys, or its (key, value) pairs. */
function viewToSet(view: PyObject): PyObject {
  const s = newSet();
  const items = iterateToArray(view);
  for (const v of items) setAdd(s, v);
  decrefAll(items);
  return s;
}

function setOfIterable(v: Value): PyObject {
  const s = newSet();
  const items = iterateToArray(v);
  for (const x of items) setAdd(s, x);
  decrefAll(items);
  return s;
}

function isSet(v: Value): v is PyObject {
  return typeof v !== 'number' && (v.type === SetType || v.type === FrozenSetType);
}

/** a OP b (op: an NB_* code, inplace forms included). Returns a new reference. */
export function binaryOp(op: number, a: Value, b: Value): Value {
  const inplace = op >= NB_INPLACE_OFFSET;
  const base = inplace ? op - NB_INPLACE_OFFSET : op;
  let r = numberBinary(base, a, b);
  if (r !== NotImplemented) return r;
  if (isComplex(a) || isComplex(b)) {
    r = complexBinary(base, a, b);
    if (r !== NotImplemented) return r;
  }
  if (inplace && typeof a !== 'number' && a.type === ListType) {
    if (base === NB_ADD) {
      // list += iterable extends in place (list_inplace_concat).
      listExtend(a, b);
      a.refcnt++;
      return a;
    }
    const n = base === NB_MULTIPLY ? repeatCount(b) : null;
    if (n !== null) {
      listInplaceRepeat(a, n);
      a.refcnt++;
      return a;
    }
  }
  if (inplace && typeof a !== 'number' && a.type === ByteArrayType) {
    // bytearray += bytes-like and *= n change it in place (bytearray_iconcat, bytearray_irepeat).
    const n = base === NB_MULTIPLY ? repeatCount(b) : null;
    if (base === NB_ADD || n !== null) {
      if (n !== null) byteArrayInplaceRepeat(a, Number(n));
      else byteArrayInplaceConcat(a, b);
      a.refcnt++;
      return a;
    }
  }
  if (inplace && typeof a !== 'number' && a.type === SetType && isSet(b) &&
      (base === NB_OR || base === NB_AND || base === NB_SUBTRACT || base === NB_XOR)) {
    // set_ior, set_iand, set_isub, set_ixor update the set in place.
    if (base === NB_OR) setUpdateFrom(a, b);
    else if (base === NB_AND) setTakeIntersection(a, setIntersection(a, b));
    else if (base === NB_SUBTRACT) setDifferenceUpdate(a, b);
    else setSymmetricDifferenceUpdate(a, b);
    a.refcnt++;
    return a;
  }
  if (inplace && base === NB_OR && typeof a !== 'number' && a.type === DictType && typeof b !== 'number' && b.type === DictType) {
    dictMerge(a, b); // dict_ior
    a.refcnt++;
    return a;
  }
  r = binaryHooks.binaryOther(op, a, b);
  if (r !== NotImplemented) return r;
  if ((isSet(a) || isSetView(a)) && (isSet(b) || isSetView(b) || isSet(a))) {
    // dict.keys() and dict.items() views take part in set algebra, returning sets.
    const x = isSetView(a) ? viewToSet(a as PyObject) : (incref(a), a as PyObject);
    let y: PyObject;
    try {
      y = isSetView(b) ? viewToSet(b as PyObject) : isSet(b) ? (incref(b), b as PyObject) : setOfIterable(b);
    } catch (e) {
      decref(x);
      throw e;
    }
    try {
      r = setBinary(base, x, y);
      if (r !== NotImplemented && isSetView(a) && x.type === FrozenSetType && typeof r === "object") r.type = SetType;
    } finally {
      decref(x);
      decref(y);
    }
    if (r !== NotImplemented) return r;
  }
  if (base === NB_OR && typeof a !== 'number' && a.type === DictType && typeof b !== 'number' && b.type === DictType) {
    // dict_or: a copy of a, merged with b.
    const d = dictCopy(a);
    try {
      dictMerge(d, b);
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  }
  r = sequenceBinary(base, a, b);
  if (r !== NotImplemented) return r;
  const symbol = base === NB_POWER ? '** or pow()' : NB_SYMBOLS[op];
  typeError(`unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** UNARY_POSITIVE / UNARY_NEGATIVE / UNARY_INVERT. Returns a new reference. */
export function unaryOp(op: number, v: Value): Value {
  const r = op === UNARY_NEGATIVE ? negate(v) : op === UNARY_INVERT ? invert(v) : positive(v);
  if (r !== null) return r;
  const other = binaryHooks.unaryOther(op, v);
  if (other !== null) return other;
  const sym = op === UNARY_NEGATIVE ? '-' : op === UNARY_INVERT ? '~' : '+';
  typeError(`bad operand type for unary ${sym}: '${typeName(v)}'`);
}

/** bytes % args and bytearray % args (PEP 461): a new object of the left operand's type. */
function bytesPercent(a: PyObject, args: Value): PyObject {
  const text = percentFormat(latin1(bytesLike(a)!), args, true);
  const out = Uint8Array.from(text, (c) => c.charCodeAt(0));
  return a.type === ByteArrayType ? newByteArray(out) : newObjectOfType(BytesType, out, 33 + out.length);
}
