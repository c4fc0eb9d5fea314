// Constructors for builtin objects. Each returns a NEW reference (refcnt 1) allocated through the
// heap, with CPython 3.11's 64-bit size as the request, and tracks it when CPython would.
// Singletons (None, True, False, '', (), one-character latin-1 strings) are immortal statics.

import {
  FREELIST_DICT, FREELIST_FLOAT, FREELIST_LIST, FREELIST_NONE, FREELIST_TUPLE_BASE, GC_IMMORTAL, GC_INLINE,
  IMMORTAL_REFCNT, PyObject, type Value,
} from '@pyarena/memory';
import { heap } from '../state';
import { decref, decrefAll } from '../refs';
import { DictTable } from './dict-table';
import {
  BoolType, CellType, DictType, EllipsisType, FloatType, IntType, ListType, NoneType,
  NotImplementedType, StrType, TupleType,
} from './types';
import { typeData } from './typeobject';

function staticObject(type: PyObject, data: unknown): PyObject {
  const o = new PyObject(type, data);
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}

export const None = staticObject(NoneType, null);
export const True = staticObject(BoolType, true);
export const False = staticObject(BoolType, false);
export const NotImplemented = staticObject(NotImplementedType, null);
export const Ellipsis = staticObject(EllipsisType, null);
export const EmptyStr = staticObject(StrType, '');
export const EmptyTuple = staticObject(TupleType, []);

export function bool(b: boolean): PyObject {
  return b ? True : False;
}

// ---------------------------------------------------------------- numbers

export function newFloat(x: number): PyObject {
  return heap.allocFloat(FloatType, 24, x);
}

/** CPython stores ints in 30-bit digits: 24 bytes of header plus 4 per digit (at least one). */
export function bigIntSize(b: bigint): number {
  let mag = b < 0n ? -b : b;
  let digits = 0;
  while (mag > 0n) {
    mag >>= 30n;
    digits++;
  }
  return 24 + 4 * Math.max(1, digits);
}

/** An int value from a bigint: a JS number when it is a safe integer (immediate), else a heap int. */
export function intFromBigInt(b: bigint): Value {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return Number(b);
  return heap.alloc(IntType, bigIntSize(b), b, FREELIST_NONE);
}

/** An int value from a JS number that is known to be an integer (maybe beyond the safe range). */
export function intFromNumber(x: number): Value {
  if (Number.isSafeInteger(x)) return x;
  return intFromBigInt(BigInt(x));
}

// ---------------------------------------------------------------- strings

const charCache: PyObject[] = [];
for (let c = 0; c < 256; c++) charCache.push(staticObject(StrType, String.fromCharCode(c)));

/** CPython's compact str layout: ASCII 48+n+1; latin-1 72+n+1; UCS-2 72+2(n+1); UCS-4 72+4(n+1). */
export function strSize(s: string): number {
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  const n = s.length;
  if (max < 128) return 49 + n;
  if (max < 256) return 73 + n;
  // Surrogate pairs mean code points above the BMP: 4 bytes per code point.
  if (max >= 0xd800 && max <= 0xdfff && /[\ud800-\udbff][\udc00-\udfff]/.test(s)) {
    const points = [...s].length;
    return 76 + 4 * points;
  }
  return 74 + 2 * n;
}

export function newStr(s: string): PyObject {
  if (s.length <= 1) {
    if (s.length === 0) return EmptyStr;
    const c = s.charCodeAt(0);
    if (c < 256) return charCache[c]!;
  }
  return heap.alloc(StrType, strSize(s), s, FREELIST_NONE);
}

// ---------------------------------------------------------------- containers

/** A new tuple that STEALS the references in `stolenItems` (released on MemoryError). */
export function newTuple(stolenItems: Value[]): PyObject {
  const n = stolenItems.length;
  if (n === 0) return EmptyTuple;
  let t: PyObject;
  try {
    t = heap.alloc(TupleType, 40 + 8 * n, stolenItems, n <= 20 ? FREELIST_TUPLE_BASE + n - 1 : FREELIST_NONE);
  } catch (e) {
    decrefAll(stolenItems);
    throw e;
  }
  heap.track(t);
  return t;
}

/**
 * A new list that STEALS the references in `stolenItems`, with an item block of `allocated`
 * slots: PyList_New(n) and list_new_prealloc give exactly n (the default); callers following a
 * CPython path that over-allocates pass its figure (objects/list.ts). On MemoryError the stolen
 * references are released.
 */
export function newList(stolenItems: Value[], allocated = stolenItems.length): PyObject {
  let l: PyObject;
  try {
    l = heap.alloc(ListType, 56, stolenItems, FREELIST_LIST);
  } catch (e) {
    decrefAll(stolenItems);
    throw e;
  }
  if (allocated > 0) {
    try {
      heap.resizeObjectBuffer(l, allocated * 8);
    } catch (e) {
      decref(l); // list_dealloc releases the items
      throw e;
    }
  }
  heap.track(l);
  return l;
}

/** A new empty dict, untracked until it holds a container (CPython's MAINTAIN_TRACKING). */
export function newDict(): PyObject {
  return heap.alloc(DictType, 64, new DictTable(), FREELIST_DICT);
}

/**
 * An instance's attribute storage, created at its first attribute store: a dict flagged
 * GC_INLINE, CPython 3.11's inline values. It is not a GC object of its own (never tracked, not
 * in gc counts or collect() results); collectors see through it. materializeDict() turns it
 * into an ordinary dict when Python code asks for __dict__.
 */
export function newInstanceDict(type: PyObject): PyObject {
  const table = new DictTable();
  const data = typeData(type);
  table.sharedKeys = data.cachedKeys ??= new Map();
  return heap.alloc(DictType, 64, table, FREELIST_DICT, GC_INLINE);
}

/** o.__dict__ seen by Python code: from now on a dict of its own, tracked as dicts are. */
export function materializeDict(d: PyObject): PyObject {
  if ((d.gcFlags & GC_INLINE) !== 0) {
    d.gcFlags &= ~GC_INLINE;
    const table = d.data as DictTable;
    for (const e of table.map.values()) {
      if (mayBeTracked(e.value) || mayBeTracked(e.key)) {
        heap.track(d);
        break;
      }
    }
  }
  return d;
}

/** A new cell holding a new reference to `stolenValue` (or empty). */
export function newCell(stolenValue: Value | undefined): PyObject {
  const c = heap.alloc(CellType, 40, stolenValue, FREELIST_NONE);
  heap.track(c);
  return c;
}

/** Allocates a plain object of `type` with its basic size; tracked when the type is GC. */
export function newObjectOfType(type: PyObject, data: unknown, nbytes = typeData(type).basicSize): PyObject {
  const o = heap.alloc(type, nbytes, data, FREELIST_NONE);
  if (typeData(type).isGC) heap.track(o);
  return o;
}

/** Could `v` be tracked by the cycle collector? (CPython's _PyObject_GC_MAY_BE_TRACKED) */
export function mayBeTracked(v: Value): boolean {
  if (typeof v === 'number' || !typeData(v.type).isGC) return false;
  return v.type !== TupleType || heap.isTracked(v);
}
