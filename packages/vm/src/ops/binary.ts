// BINARY_OP and the unary operators for builtin types (PyNumber_Add & co, sequence concat and
// repeat), with CPython's TypeError wording. User classes (dunder methods) hook in via binaryHooks.

import type { PyObject, Value } from '@pyarena/memory';
import {
  NB_ADD, NB_AND, NB_INPLACE_OFFSET, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_SUBTRACT, NB_SYMBOLS, NB_XOR,
  UNARY_INVERT, UNARY_NEGATIVE,
} from '@pyarena/compiler';
import { NotImplemented, newList, newStr, newTuple } from '../objects/constructors';
import { BoolType, BytesType, DictItemsType, DictKeysType, DictType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType } from '../objects/types';
import { typeName } from '../objects/typeobject';
import { newObjectOfType } from '../objects/constructors';
import type { DictTable } from '../objects/dict-table';
import { dictCopy, dictSet, newSet, setAdd } from '../objects/dict';
import { OverflowError, raise, typeError } from '../errors';
import { decref, decrefAll, incref } from '../refs';
import { iterateToArray } from './iter';
import { invert, negate, numberBinary, positive, toBigInt } from './numbers';
import { percentFormat } from './percent-format';

export const binaryHooks = {
  /** Dunder-method dispatch for user objects; NotImplemented when they do not handle it. */
  binaryOther: (_op: number, _a: Value, _b: Value): Value => NotImplemented,
  unaryOther: (_op: number, _v: Value): Value | null => null,
};

function repeatCount(n: Value): number | null {
  if (typeof n === 'number') return n;
  if (n.type === BoolType) return n.data ? 1 : 0;
  if (n.type === IntType) {
    const b = toBigInt(n);
    if (b > 0n) raise(OverflowError, 'cannot fit \'int\' into an index-sized integer');
    return 0;
  }
  return null;
}

function repeatItems(items: Value[], n: number): Value[] {
  const out: Value[] = [];
  for (let k = 0; k < n; k++) for (const v of items) {
    incref(v);
    out.push(v);
  }
  return out;
}

function sequenceBinary(op: number, a: Value, b: Value): Value {
  if (typeof a === 'number') {
    if (op === NB_MULTIPLY && typeof b !== 'number') return sequenceBinary(op, b, a);
    return NotImplemented;
  }
  const t = a.type;
  if (op === NB_ADD) {
    if (typeof b !== 'number' && b.type === t) {
      if (t === StrType) return newStr((a.data as string) + (b.data as string));
      if (t === ListType || t === TupleType) {
        const items = [...(a.data as Value[]), ...(b.data as Value[])];
        for (const v of items) incref(v);
        return t === ListType ? newList(items) : newTuple(items);
      }
      if (t === BytesType) {
        const x = a.data as Uint8Array, y = b.data as Uint8Array;
        const out = new Uint8Array(x.length + y.length);
        out.set(x);
        out.set(y, x.length);
        return newObjectOfType(BytesType, out, 33 + out.length);
      }
    }
    if (t === BytesType && (typeof b === 'number' || b.type !== BytesType)) {
      typeError(`can't concat ${typeName(b)} to bytes`);
    }
    if (t === StrType || t === ListType || t === TupleType) {
      if (typeof b === 'number' || b.type !== t) {
        const name = typeName(a);
        typeError(`can only concatenate ${name} (not "${typeName(b)}") to ${name}`);
      }
    }
    return NotImplemented;
  }
  if (op === NB_MULTIPLY && (t === StrType || t === ListType || t === TupleType || t === BytesType)) {
    const n = repeatCount(b);
    if (n === null) {
      if (typeof b !== 'number' && (b.type === StrType || b.type === ListType || b.type === TupleType)) {
        typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
      }
      return NotImplemented;
    }
    const count = Math.max(0, n);
    if (t === StrType) return newStr((a.data as string).repeat(count));
    if (t === BytesType) {
      const x = a.data as Uint8Array;
      const out = new Uint8Array(x.length * count);
      for (let i = 0; i < count; i++) out.set(x, i * x.length);
      return newObjectOfType(BytesType, out, 33 + out.length);
    }
    const items = repeatItems(a.data as Value[], count);
    return t === ListType ? newList(items) : newTuple(items);
  }
  if (op === NB_REMAINDER && t === StrType) return newStr(percentFormat(a.data as string, b));
  return NotImplemented;
}

function setBinary(op: number, a: PyObject, b: PyObject): Value {
  const x = a.data as DictTable, y = b.data as DictTable;
  const out = newSet(a.type === FrozenSetType);
  const add = (v: Value) => setAdd(out, v);
  switch (op) {
    case NB_OR:
      for (const e of x.map.values()) add(e.key);
      for (const e of y.map.values()) add(e.key);
      return out;
    case NB_AND:
      for (const [k, e] of x.map) if (y.map.has(k)) add(e.key);
      return out;
    case NB_SUBTRACT:
      for (const [k, e] of x.map) if (!y.map.has(k)) add(e.key);
      return out;
    case NB_XOR:
      for (const [k, e] of x.map) if (!y.map.has(k)) add(e.key);
      for (const [k, e] of y.map) if (!x.map.has(k)) add(e.key);
      return out;
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
  if (inplace && typeof a !== 'number' && a.type === ListType) {
    if (base === NB_ADD) {
      // list += iterable extends in place (list_inplace_concat).
      (a.data as Value[]).push(...iterateToArray(b));
      a.refcnt++;
      return a;
    }
    const n = base === NB_MULTIPLY ? repeatCount(b) : null;
    if (n !== null) {
      const items = a.data as Value[];
      const copy = repeatItems(items, Math.max(0, n - 1));
      if (n <= 0) decrefAll(items.splice(0));
      else items.push(...copy);
      a.refcnt++;
      return a;
    }
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
    const d = dictCopy(a);
    for (const e of (b.data as DictTable).map.values()) dictSet(d, e.key, e.value);
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
