// Methods of list, tuple, dict and set (Objects/listobject.c, dictobject.c, setobject.c).

import type { PyObject, Value } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import {
  DictItemsType, DictKeysType, DictType, DictValuesType, FrozenSetType, IntType, ListType, RangeType, SetType, TupleType,
  type RangeData,
} from '../objects/types';
import { contains } from '../ops/subscript';
import { isIntLike, toBigInt } from '../ops/numbers';
import { intFromBigInt } from '../objects/constructors';
import {
  False, None, True, bool, intFromNumber, newList, newTuple, newObjectOfType,
} from '../objects/constructors';
import { checkArgs, defineMethod, makeBuiltin, splitArgs } from '../objects/builtin-function';
import { typeData } from '../objects/typeobject';
import { IndexError, KeyError, newException, OverflowError, PyErr, raise, TypeError, valueError } from '../errors';
import { decref, decrefAll, decrefAllReversed, incref } from '../refs';
import { equals } from '../ops/compare';
import { iterateToArray } from '../ops/iter';
import { repr } from '../ops/repr';
import { asIndex } from '../ops/subscript';
import { dictClear, dictCopy, dictDel, dictGet, dictPoppedLast, dictPresizeFromKeys, dictSet } from '../objects/dict';
import {
  newSet, setAdd, setClear, setContains, setCopy, setDifference, setPop, setDifferenceUpdate, setDiscard,
  setIntersection, setSymmetricDifference, setSymmetricDifferenceUpdate, setTakeIntersection, setUpdateFrom,
} from '../objects/set';
import type { DictTable } from '../objects/dict-table';
import { dictUpdateFromArgs } from './constructors';
import { sortValues } from './sort';
import {
  listAppendSteal, listClear, listExtend, listFill, listInsertSteal, listPop, listReplaceSlice,
} from '../objects/list';
import { heap } from '../state';
import { isTrue } from '../ops/compare';
import { newStr, newDict as newDictLocal } from '../objects/constructors';

const items = (self: Value | null): Value[] => (self as PyObject).data as Value[];

/**
 * A Py_ssize_t argument of a method (Argument Clinic's converter): an int past 64 bits is an
 * OverflowError, where a subscript would say IndexError. Then as asIndex.
 */
function ssizeArg(v: Value, what: string): number {
  if (typeof v !== 'number' && (v.type === IntType)) {
    const b = toBigInt(v);
    if (b > 2n ** 63n - 1n || b < -(2n ** 63n)) raise(OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return asIndex(v, what);
}
const table = (self: Value | null): DictTable => (self as PyObject).data as DictTable;

function indexArg(v: Value | undefined, dflt: number, n: number): number {
  if (v === undefined) return dflt;
  let i = asIndex(v, 'slice');
  if (i < 0) i = Math.max(0, i + n);
  return Math.min(i, n);
}

function seqIndex(kind: string): NativeFn {
  return (a, k, self) => {
    checkArgs('index', a, k, 1, 3);
    const xs = items(self);
    const start = indexArg(a[1], 0, xs.length);
    const stop = indexArg(a[2], xs.length, xs.length);
    for (let i = start; i < stop; i++) if (equals(xs[i]!, a[0]!)) return i;
    valueError(kind === 'list' ? `${repr(a[0]!)} is not in list` : 'tuple.index(x): x not in tuple');
  };
}

const seqCount: NativeFn = (a, k, self) => {
  checkArgs('count', a, k, 1, 1);
  let n = 0;
  for (const v of items(self)) if (equals(v, a[0]!)) n++;
  return n;
};

const LIST_METHODS: Record<string, NativeFn> = {
  // list.__init__ for subclasses: list() itself is built by its constructor in constructors.ts.
  __init__: (a, k, self) => {
    checkArgs('list', a, k, 0, 1);
    const list = self as PyObject;
    if (list.buf !== 0 || items(self).length > 0) listClear(list);
    if (a.length === 1) listFill(list, a[0]!);
    return None;
  },
  append: (a, k, self) => {
    checkArgs('append', a, k, 1, 1);
    incref(a[0]!);
    listAppendSteal(self as PyObject, a[0]!);
    return None;
  },
  extend: (a, k, self) => {
    checkArgs('extend', a, k, 1, 1);
    listExtend(self as PyObject, a[0]!);
    return None;
  },
  insert: (a, k, self) => {
    checkArgs('insert', a, k, 2, 2);
    const xs = items(self);
    let i = ssizeArg(a[0]!, 'list');
    if (i < 0) i = Math.max(0, i + xs.length);
    incref(a[1]!);
    listInsertSteal(self as PyObject, Math.min(i, xs.length), a[1]!);
    return None;
  },
  pop: (a, k, self) => {
    checkArgs('pop', a, k, 0, 1);
    const xs = items(self);
    if (xs.length === 0) raise(IndexError, 'pop from empty list');
    let i = a.length === 0 ? xs.length - 1 : ssizeArg(a[0]!, 'list');
    if (i < 0) i += xs.length;
    if (i < 0 || i >= xs.length) raise(IndexError, 'pop index out of range');
    return listPop(self as PyObject, i); // the list's reference moves to the caller
  },
  remove: (a, k, self) => {
    checkArgs('remove', a, k, 1, 1);
    const xs = items(self);
    for (let i = 0; i < xs.length; i++) {
      if (equals(xs[i]!, a[0]!)) {
        decrefAllReversed(listReplaceSlice(self as PyObject, i, i + 1, []));
        return None;
      }
    }
    valueError('list.remove(x): x not in list');
  },
  index: seqIndex('list'),
  count: seqCount,
  clear: (a, k, self) => {
    checkArgs('clear', a, k, 0, 0);
    listClear(self as PyObject);
    return None;
  },
  copy: (a, k, self) => {
    checkArgs('copy', a, k, 0, 0);
    const xs = items(self).slice();
    for (const v of xs) incref(v);
    return newList(xs);
  },
  reverse: (a, k, self) => {
    checkArgs('reverse', a, k, 0, 0);
    items(self).reverse();
    return None;
  },
  sort: (a, k, self) => {
    const [pos, kw] = splitArgs('sort', a, k, ['key', 'reverse']);
    if (pos.length > 0) raise(TypeError, 'sort() takes no positional arguments');
    const list = self as PyObject;
    // CPython empties the list while sorting so that mutation during the sort is detected; the
    // item block is set aside with the items (ob_item = NULL, allocated = 0) and put back after.
    const xs = items(list).splice(0);
    const savedBuf = list.buf, savedSize = list.bufSize;
    list.buf = 0;
    list.bufSize = 0;
    try {
      sortValues(xs, kw.get('key') ?? None, isTrue(kw.get('reverse') ?? False));
    } finally {
      const cur = items(list);
      const added = cur.splice(0);
      for (let i = 0; i < xs.length; i++) cur.push(xs[i]!);
      heap.freeObjectBuffer(list); // a block the key function's appends made
      list.buf = savedBuf;
      list.bufSize = savedSize;
      if (added.length > 0) {
        decrefAll(added);
        valueError('list modified during sort');
      }
    }
    return None;
  },
};


const TUPLE_METHODS: Record<string, NativeFn> = { index: seqIndex('tuple'), count: seqCount };

function keyError(key: Value): never {
  incref(key);
  throw new PyErr(newException(KeyError, [key]));
}

function view(type: PyObject, self: Value | null): PyObject {
  (self as PyObject).refcnt++;
  return newObjectOfType(type, self);
}

const DICT_METHODS: Record<string, NativeFn> = {
  __init__: (a, k, self) => (dictUpdateFromArgs('dict', self as PyObject, a, k), None),
  keys: (a, k, self) => (checkArgs('keys', a, k, 0, 0), view(DictKeysType, self)),
  values: (a, k, self) => (checkArgs('values', a, k, 0, 0), view(DictValuesType, self)),
  items: (a, k, self) => (checkArgs('items', a, k, 0, 0), view(DictItemsType, self)),
  get: (a, k, self) => {
    checkArgs('get', a, k, 1, 2);
    const v = dictGet(self as PyObject, a[0]!) ?? a[1] ?? None;
    incref(v);
    return v;
  },
  setdefault: (a, k, self) => {
    checkArgs('setdefault', a, k, 1, 2);
    let v = dictGet(self as PyObject, a[0]!);
    if (v === undefined) {
      v = a[1] ?? None;
      dictSet(self as PyObject, a[0]!, v);
    }
    incref(v);
    return v;
  },
  pop: (a, k, self) => {
    checkArgs('pop', a, k, 1, 2);
    const v = dictGet(self as PyObject, a[0]!);
    if (v === undefined) {
      if (a.length === 2) {
        incref(a[1]!);
        return a[1]!;
      }
      keyError(a[0]!);
    }
    incref(v);
    dictDel(self as PyObject, a[0]!);
    return v;
  },
  popitem: (a, k, self) => {
    checkArgs('popitem', a, k, 0, 0);
    const t = table(self);
    if (t.size === 0) raise(KeyError, 'popitem(): dictionary is empty');
    const last = [...t.map.entries()].pop()!;
    t.map.delete(last[0]);
    t.version++;
    dictPoppedLast(self as PyObject);
    return newTuple([last[1].key, last[1].value]); // the dict's references move to the tuple
  },
  update: (a, k, self) => (dictUpdateFromArgs('update', self as PyObject, a, k), None),
  clear: (a, k, self) => {
    checkArgs('clear', a, k, 0, 0);
    dictClear(self as PyObject);
    return None;
  },
  copy: (a, k, self) => (checkArgs('copy', a, k, 0, 0), dictCopy(self as PyObject)),
};

/** issubset, issuperset, isdisjoint: one argument, any iterable (made a set first). */
function setOp(name: string, fn: (self: PyObject, others: PyObject[]) => Value): NativeFn {
  return (a, k, self) => {
    checkArgs(name, a, k, 1, 1);
    const others = a.map((v) => {
      if (typeof v === 'object' && (v.type === SetType || v.type === FrozenSetType)) {
        v.refcnt++;
        return v;
      }
      const s = newSet();
      const xs = iterateToArray(v);
      for (const x of xs) setAdd(s, x);
      decrefAll(xs);
      return s;
    });
    try {
      return fn(self as PyObject, others);
    } finally {
      decrefAll(others);
    }
  };
}


const SET_READ_METHODS: Record<string, NativeFn> = {
  union: (a, k, self) => {
    checkArgs('union', a, k, 0, Infinity);
    const out = setCopy(self as PyObject);
    try {
      for (const v of a) if (v !== self) setUpdateFrom(out, v); // set_union skips self
    } catch (e) {
      decref(out);
      throw e;
    }
    return out;
  },
  // set_intersection_multi: each argument narrows the running result.
  intersection: (a, k, self) => {
    checkArgs('intersection', a, k, 0, Infinity);
    let out = a.length === 0 ? setCopy(self as PyObject) : setIntersection(self as PyObject, a[0]!);
    for (let i = 1; i < a.length; i++) {
      let next: PyObject;
      try {
        next = setIntersection(out, a[i]!);
      } finally {
        decref(out);
      }
      out = next;
    }
    return out;
  },
  difference: (a, k, self) => {
    checkArgs('difference', a, k, 0, Infinity);
    if (a.length === 0) return setCopy(self as PyObject);
    const out = setDifference(self as PyObject, a[0]!);
    try {
      for (let i = 1; i < a.length; i++) setDifferenceUpdate(out, a[i]!);
    } catch (e) {
      decref(out);
      throw e;
    }
    return out;
  },
  symmetric_difference: (a, k, self) => {
    checkArgs('symmetric_difference', a, k, 1, 1);
    return setSymmetricDifference(self as PyObject, a[0]!);
  },
  issubset: setOp('issubset', (self, others) => bool([...table(self).map.keys()].every((key) => table(others[0]!).map.has(key)))),
  issuperset: setOp('issuperset', (self, others) => bool([...table(others[0]!).map.keys()].every((key) => table(self).map.has(key)))),
  isdisjoint: setOp('isdisjoint', (self, others) => bool(![...table(self).map.keys()].some((key) => table(others[0]!).map.has(key)))),
  copy: (a, k, self) => {
    checkArgs('copy', a, k, 0, 0);
    const s = self as PyObject;
    if (s.type === FrozenSetType) { // frozenset_copy: an exact frozenset is its own copy
      s.refcnt++;
      return s;
    }
    return setCopy(s);
  },
};

const SET_METHODS: Record<string, NativeFn> = {
  ...SET_READ_METHODS,
  // set.__init__ (set_init), reached by subclasses: emptied, then filled from the iterable.
  __init__: (a, k, self) => {
    checkArgs('set', a, k, 0, 1);
    const s = self as PyObject;
    if (table(s).size > 0 || table(s).fill > 0) setClear(s);
    if (a.length === 1) setUpdateFrom(s, a[0]!);
    return None;
  },
  add: (a, k, self) => (checkArgs('add', a, k, 1, 1), setAdd(self as PyObject, a[0]!), None),
  discard: (a, k, self) => (checkArgs('discard', a, k, 1, 1), setDiscard(self as PyObject, a[0]!), None),
  remove: (a, k, self) => {
    checkArgs('remove', a, k, 1, 1);
    if (!setDiscard(self as PyObject, a[0]!)) keyError(a[0]!);
    return None;
  },
  pop: (a, k, self) => {
    checkArgs('pop', a, k, 0, 0);
    const v = setPop(self as PyObject);
    if (v === undefined) raise(KeyError, 'pop from an empty set');
    return v;
  },
  clear: (a, k, self) => {
    checkArgs('clear', a, k, 0, 0);
    setClear(self as PyObject);
    return None;
  },
  update: (a, k, self) => {
    checkArgs('update', a, k, 0, Infinity);
    for (const v of a) setUpdateFrom(self as PyObject, v);
    return None;
  },
  intersection_update: (a, k, self) => {
    const result = SET_READ_METHODS.intersection!(a, k, self) as PyObject;
    setTakeIntersection(self as PyObject, result);
    return None;
  },
  difference_update: (a, k, self) => {
    checkArgs('difference_update', a, k, 0, Infinity);
    for (const v of a) setDifferenceUpdate(self as PyObject, v);
    return None;
  },
  symmetric_difference_update: (a, k, self) => {
    checkArgs('symmetric_difference_update', a, k, 1, 1);
    setSymmetricDifferenceUpdate(self as PyObject, a[0]!);
    return None;
  },
};

const RANGE_METHODS: Record<string, NativeFn> = {
  index: (a, k, self) => {
    checkArgs('index', a, k, 1, 1);
    const r = (self as PyObject).data as RangeData;
    const v = a[0]!;
    if (isIntLike(v) && contains(self!, v)) return intFromBigInt((toBigInt(v) - r.start) / r.step);
    valueError(`${repr(v)} is not in range`);
  },
  count: (a, k, self) => {
    checkArgs('count', a, k, 1, 1);
    return isIntLike(a[0]!) && contains(self!, a[0]!) ? 1 : 0;
  },
};

/** dict.fromkeys is a classmethod in CPython; a plain function in the type's namespace behaves the same for dict. */
const dictFromKeys: NativeFn = (a, k) => {
  checkArgs('fromkeys', a, k, 1, 2);
  const keys = iterateToArray(a[0]!);
  const d = newDictLocal();
  try {
    dictPresizeFromKeys(d, a[0]!);
    for (const key of keys) dictSet(d, key, a[1] ?? None);
  } catch (e) {
    decref(d);
    throw e;
  } finally {
    decrefAll(keys);
  }
  return d;
};

export function defineContainerMethods(): void {
  typeData(DictType).attrs.set('fromkeys', makeBuiltin('fromkeys', dictFromKeys, 'dict.fromkeys'));
  for (const [n, fn] of Object.entries(RANGE_METHODS)) defineMethod(RangeType, n, fn);
  for (const [n, fn] of Object.entries(LIST_METHODS)) defineMethod(ListType, n, fn);
  for (const [n, fn] of Object.entries(TUPLE_METHODS)) defineMethod(TupleType, n, fn);
  for (const [n, fn] of Object.entries(DICT_METHODS)) defineMethod(DictType, n, fn);
  for (const [n, fn] of Object.entries(SET_METHODS)) defineMethod(SetType, n, fn);
  for (const [n, fn] of Object.entries(SET_READ_METHODS)) defineMethod(FrozenSetType, n, fn);
}

export { True, intFromNumber, setContains };
