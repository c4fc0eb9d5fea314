// Rich comparison, equality and truth (Objects/object.c PyObject_RichCompare, PyObject_IsTrue).
// Sequences compare lexicographically with CPython's identity shortcut for items.

import type { PyObject, Value } from '@pyarena/memory';
import { CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, CMP_SYMBOLS } from '@pyarena/compiler';
import { False, None, True } from '../objects/constructors';
import type { DictTable } from '../objects/dict-table';
import type { RangeData } from '../objects/types';
import { bytesLike, type ByteArrayData } from '../objects/bytearray';
import {
  BoolType, BytesType, ComplexType, ByteArrayType, DictType, FloatType, FrozenSetType, IntType, ListType, NoneType, RangeType,
  SetType, StrType, TupleType, DictKeysType, DictItemsType,
} from '../objects/types';
import { DictTable as DictTableClass } from '../objects/dict-table';
import { hashKey as hashKeyOf } from './hash';
import { typeName } from '../objects/typeobject';
import { isHostStackOverflow, raise, RecursionError, typeError } from '../errors';
import { tstate } from '../tstate';
import { compareNumbers } from './numbers';
import { complexEquals, isComplex, type Complex } from './complex';

export const compareHooks = {
  /** Comparison for objects this file does not know; returns null for NotImplemented. */
  richCompareOther: (_a: Value, _b: Value, _op: number): boolean | null => null,
  /** The same, returning what the object's method returned (a new reference). */
  richCompareObject: (_a: Value, _b: Value, _op: number): Value | null => null,
  /** Truth of an object this file does not know (__bool__ / __len__). */
  truthOther: (_o: PyObject): boolean => true,
  /** len() for the truth of user objects, etc. */
};

function isNumber(v: Value): boolean {
  return typeof v === 'number' || v.type === FloatType || v.type === IntType || v.type === BoolType;
}

function cmpResult(c: number, op: number): boolean {
  if (Number.isNaN(c)) return op === CMP_NE;
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c === 0;
    case CMP_NE: return c !== 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
  }
}

/** Python orders strings by code point; JS's < orders UTF-16 units, which differs past U+FFFF. */
function compareCodePoints(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x.charCodeAt(i), b = y.charCodeAt(i);
    if (a !== b) {
      const ca = x.codePointAt(i)!, cb = y.codePointAt(i)!;
      // A lone high surrogate unit compared with a BMP unit: compare whole code points.
      return (a >= 0xd800 && a <= 0xdfff) || (b >= 0xd800 && b <= 0xdfff) ? ca - cb : a - b;
    }
  }
  return x.length - y.length;
}

function compareStrs(x: string, y: string, op: number): boolean {
  if (op === CMP_EQ) return x === y;
  if (op === CMP_NE) return x !== y;
  return cmpResult(compareCodePoints(x, y), op);
}

function sequenceCompare(x: Value[], y: Value[], op: number): boolean {
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    if (!equals(x[i]!, y[i]!)) break;
  }
  if (i >= n) return cmpResult(x.length - y.length, op);
  if (op === CMP_EQ) return false;
  if (op === CMP_NE) return true;
  return compare(x[i]!, y[i]!, op);
}

function tableEquals(a: DictTable, b: DictTable, compareValues: boolean): boolean {
  if (a.size !== b.size) return false;
  for (const [k, e] of a.map) {
    const other = b.map.get(k);
    if (other === undefined) return false;
    if (compareValues && !equals(e.value, other.value)) return false;
  }
  return true;
}

function isSubsetTable(a: DictTable, b: DictTable): boolean {
  if (a.size > b.size) return false;
  for (const k of a.map.keys()) if (!b.map.has(k)) return false;
  return true;
}

function isKeysLike(t: PyObject): boolean {
  return t === DictKeysType || t === DictItemsType;
}

/** The table to compare a keys view, items view or set by (items views use their pairs). */
function asKeyTable(v: PyObject): DictTable {
  if (v.type === DictKeysType) return (v.data as PyObject).data as DictTable;
  if (v.type === DictItemsType) {
    const t = new DictTableClass();
    for (const e of ((v.data as PyObject).data as DictTable).map.values()) {
      const pair = '\u0000t(' + [e.key, e.value].map((x) => String(hashKeyOf(x))).join('\u0001') + ')';
      t.map.set(pair, e);
    }
    return t;
  }
  return v.data as DictTable;
}

/** Compares with a builtin rule when one exists; null means "not implemented here". */
function builtinCompare(a: Value, b: Value, op: number): boolean | null {
  // The commonest pairs first (sorting keys, loop bounds): small ints, strs, tuples and lists.
  if (typeof a === 'number') {
    if (typeof b === 'number') return cmpResult(a - b, op);
  } else if (typeof b !== 'number') {
    const ta = a.type, tb = b.type;
    if (ta === StrType && tb === StrType) return compareStrs(a.data as string, b.data as string, op);
    if ((ta === TupleType && tb === TupleType) || (ta === ListType && tb === ListType)) {
      return sequenceCompare(a.data as Value[], b.data as Value[], op);
    }
  }
  if (isNumber(a) && isNumber(b)) return cmpResult(compareNumbers(a, b), op);
  if (isComplex(a) || isComplex(b)) {
    // complex numbers are equal or not; ordering them is a TypeError (NotImplemented both ways).
    const eq = op === CMP_EQ || op === CMP_NE ? complexEquals(a, b) : null;
    return eq === null ? null : eq === (op === CMP_EQ);
  }
  if (typeof a === 'number' || typeof b === 'number') return null;
  const ta = a.type, tb = b.type;
  if (ta === DictType && tb === DictType && (op === CMP_EQ || op === CMP_NE)) {
    return tableEquals(a.data as DictTable, b.data as DictTable, true) === (op === CMP_EQ);
  }
  if ((op === CMP_EQ || op === CMP_NE) && (isKeysLike(ta) || isKeysLike(tb)) &&
    (isKeysLike(ta) || ta === SetType || ta === FrozenSetType) && (isKeysLike(tb) || tb === SetType || tb === FrozenSetType)) {
    // dict.keys() and dict.items() compare like sets.
    const x = asKeyTable(a), y = asKeyTable(b);
    return tableEquals(x, y, false) === (op === CMP_EQ);
  }
  const aSet = ta === SetType || ta === FrozenSetType, bSet = tb === SetType || tb === FrozenSetType;
  if (aSet && bSet) {
    const x = a.data as DictTable, y = b.data as DictTable;
    switch (op) {
      case CMP_EQ: return tableEquals(x, y, false);
      case CMP_NE: return !tableEquals(x, y, false);
      case CMP_LE: return isSubsetTable(x, y);
      case CMP_GE: return isSubsetTable(y, x);
      case CMP_LT: return x.size < y.size && isSubsetTable(x, y);
      default: return x.size > y.size && isSubsetTable(y, x);
    }
  }
  if (ta === RangeType && tb === RangeType && (op === CMP_EQ || op === CMP_NE)) {
    const x = a.data as RangeData, y = b.data as RangeData;
    const same = x.length === y.length && (x.length === 0n ||
      (x.start === y.start && (x.length === 1n || x.step === y.step)));
    return same === (op === CMP_EQ);
  }
  if ((ta === BytesType || ta === ByteArrayType) && (tb === BytesType || tb === ByteArrayType)) {
    const x = bytesLike(a)!, y = bytesLike(b)!;
    const n = Math.min(x.length, y.length);
    let c = 0;
    for (let i = 0; i < n && c === 0; i++) c = x[i]! - y[i]!;
    return cmpResult(c !== 0 ? c : x.length - y.length, op);
  }
  return null;
}

/** Nesting of container comparisons (Py_EnterRecursiveCall(" in comparison")). */
let compareDepth = 0;

/** a OP b as a JS boolean. Raises TypeError for unordered types. */
export function compare(a: Value, b: Value, op: number): boolean {
  if (typeof a === 'object' && (a.type === ListType || a.type === TupleType || a.type === DictType)) {
    return compareContainers(a, b, op);
  }
  return compareAny(a, b, op);
}

/** Containers compare their items: a nested pair may recurse as deep as it is nested. */
function compareContainers(a: PyObject, b: Value, op: number): boolean {
  if (++compareDepth + tstate.depth > tstate.recursionLimit) {
    compareDepth--;
    raise(RecursionError, 'maximum recursion depth exceeded in comparison');
  }
  try {
    return compareAny(a, b, op);
  } catch (e) {
    if (isHostStackOverflow(e)) {
      raise(RecursionError, 'maximum recursion depth exceeded in comparison');
    }
    throw e;
  } finally {
    compareDepth--;
  }
}

function compareAny(a: Value, b: Value, op: number): boolean {
  const r = builtinCompare(a, b, op);
  if (r !== null) return r;
  const other = compareHooks.richCompareOther(a, b, op);
  if (other !== null) return other;
  return compareFallback(a, b, op);
}

/** Both sides returned NotImplemented: identity for == and !=, else TypeError. */
function compareFallback(a: Value, b: Value, op: number): boolean {
  if (op === CMP_EQ) return a === b;
  if (op === CMP_NE) return a !== b;
  typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** a == b, with the identity shortcut containers use (PyObject_RichCompareBool). */
export function equals(a: Value, b: Value): boolean {
  if (a === b) {
    // NaN floats are the one object not equal to itself, but identity wins here as in CPython.
    return true;
  }
  // Two small ints are equal only when identical; two strs when their text is.
  if (typeof a === 'number') {
    if (typeof b === 'number') return false;
  } else if (typeof b !== 'number' && a.type === StrType && b.type === StrType) {
    return a.data === b.data;
  }
  return compare(a, b, CMP_EQ);
}

/**
 * COMPARE_OP (PyObject_RichCompare): a new reference to the result, a bool for builtin types,
 * whatever a Python-level __eq__, __lt__... returned otherwise.
 */
export function richCompare(a: Value, b: Value, op: number): Value {
  if (typeof a === 'object' && (a.type === ListType || a.type === TupleType || a.type === DictType) &&
    typeof b === 'object' && b.type === a.type) {
    return compareContainers(a, b, op) ? True : False;
  }
  const r = builtinCompare(a, b, op);
  if (r !== null) return r ? True : False;
  const other = compareHooks.richCompareObject(a, b, op);
  if (other !== null) return other;
  return compareFallback(a, b, op) ? True : False;
}

/** PyObject_IsTrue. */
export function isTrue(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (v === True) return true;
  if (v === False || v === None) return false;
  const t = v.type;
  if (t === StrType) return (v.data as string).length !== 0;
  if (t === ListType || t === TupleType) return (v.data as Value[]).length !== 0;
  if (t === FloatType) return (v.data as number) !== 0;
  if (t === IntType) return (v.data as bigint) !== 0n;
  if (t === DictType || t === SetType || t === FrozenSetType) return (v.data as DictTable).size !== 0;
  if (t === RangeType) return (v.data as RangeData).length !== 0n;
  if (t === BytesType) return (v.data as Uint8Array).length !== 0;
  if (t === ByteArrayType) return (v.data as ByteArrayData).size !== 0;
  if (t === NoneType) return false;
  if (t === ComplexType) return (v.data as Complex).re !== 0 || (v.data as Complex).im !== 0;
  return compareHooks.truthOther(v);
}
