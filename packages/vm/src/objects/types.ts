// Every builtin type object, with its memory slots (what it references, how it dies, which free
// list it uses) and its CPython 3.11 64-bit instance size. Behaviour (arithmetic, repr, methods)
// lives in ops/ and builtins/; this file is only the object layout, like CPython's tp_basicsize,
// tp_traverse, tp_clear and tp_dealloc.

import {
  FREELIST_DICT, FREELIST_FLOAT, FREELIST_LIST, FREELIST_TUPLE_BASE, PyObject, type Value, type Visit,
} from '@pyarena/memory';
import { decref, decrefAll, decrefAllReversed } from '../refs';
import { heap } from '../state';
import type { DictEntry, DictTable, SetEntry } from './dict-table';
import { DUMMY, releaseStashed } from './dict-table';
import { makeType, ObjectType, typeData, TypeType } from './typeobject';

export { ObjectType, TypeType };

const visitValues = (values: readonly (Value | null | undefined)[], visit: Visit): void => {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'object' && v !== null) visit(v);
  }
};

/** list_traverse and tupletraverse visit the items last to first (the gc list order at exit). */
const visitValuesReversed = (values: readonly Value[], visit: Visit): void => {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (typeof v === 'object') visit(v);
  }
};

/** set_traverse: each item once, in slot order. */
const visitTable = (t: DictTable, visit: Visit): void => {
  const slots = t.slots!;
  for (let i = 0; i < slots.length; i++) {
    const e = slots[i] as SetEntry | null;
    if (e !== null && e !== DUMMY && typeof e.key === 'object') visit(e.key);
  }
};

const clearTable = (t: DictTable): void => releaseStashed(t.drainToStash(), false);
/** A set's tp_dealloc: nothing can see the dying table, so it is not emptied. */
const releaseSetTable = (t: DictTable): void => releaseStashed(t.stashForRelease(), false);

/** A dict holds two references per entry, also when key and value are one object (d[x] = x). */
const visitDictTable = (t: DictTable, visit: Visit): void => {
  for (const e of t.map.values()) {
    if (typeof e.value === 'object') visit(e.value);
    if (typeof e.key === 'object') visit(e.key);
  }
};

const clearDictTable = (t: DictTable): void => releaseStashed(t.drainToStash(), true);
/** dict_dealloc: nothing can see the dying table, so it is not emptied. */
const releaseDictTable = (t: DictTable): void => releaseStashed(t.stashForRelease(), true);

/**
 * tp_clear of dict and set (PyDict_Clear, set_clear_internal): the object is emptied and loses
 * its storage block (empty keys, smalltable) before the entries are released, then the block is
 * freed. dict.ts's dictClear and setClear do the same for d.clear() and s.clear().
 */
const clearStorage = (o: PyObject, clearEntries: (t: DictTable) => void): void => {
  const t = o.data as DictTable;
  const buf = o.buf, size = o.bufSize;
  o.buf = 0;
  o.bufSize = 0;
  t.resetLayout();
  clearEntries(t);
  if (buf !== 0) heap.freeBufferHandle(buf, size);
};

/** Could this value be part of a cycle? (CPython's _PyObject_GC_MAY_BE_TRACKED) */
const mayBeTrackedChild = (v: Value): boolean => {
  if (typeof v === 'number') return false;
  if (v.gcNext !== null) return true;
  return false;
};

const visitDict = (o: PyObject, visit: Visit): void => {
  if (o.dict !== null) visit(o.dict);
};
const clearDict = (o: PyObject): void => {
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  }
};

// ---------------------------------------------------------------- atoms (never tracked)

export const NoneType = makeType({ name: 'NoneType', acceptsSubclasses: false });
export const NotImplementedType = makeType({ name: 'NotImplementedType', acceptsSubclasses: false });
export const EllipsisType = makeType({ name: 'ellipsis', acceptsSubclasses: false });
/** Heap ints: only values outside the JS safe-integer range; data is a bigint. */
export const IntType = makeType({ name: 'int', basicSize: 24, plainAtom: true });
export const BoolType = makeType({ name: 'bool', base: IntType, basicSize: 28, acceptsSubclasses: false });
export const FloatType = makeType({ name: 'float', basicSize: 24, freelistOf: () => FREELIST_FLOAT, plainAtom: true });
export const ComplexType = makeType({ name: 'complex', basicSize: 32, plainAtom: true, acceptsSubclasses: false });
export const StrType = makeType({ name: 'str', basicSize: 49, plainAtom: true });
export const BytesType = makeType({ name: 'bytes', basicSize: 33, plainAtom: true });
/**
 * data: ByteArrayData (objects/bytearray.ts); the byte block (ob_alloc bytes) is the object's
 * storage block, o.buf / o.bufSize. Subclassing is not supported yet.
 */
export const ByteArrayType = makeType({ name: 'bytearray', basicSize: 56, acceptsSubclasses: false });

// ---------------------------------------------------------------- containers

/** data: Value[] of fixed length. */
export const TupleType = makeType({
  name: 'tuple', isGC: true, basicSize: 40,
  traverse: (o, visit) => visitValuesReversed(o.data as Value[], visit),
  clear: (o) => {
    const items = o.data as Value[];
    o.data = [];
    decrefAllReversed(items);
  },
  dealloc: (o) => decrefAllReversed(o.data as Value[]),
  freelistOf: (o) => {
    const n = (o.data as Value[]).length;
    return n >= 1 && n <= 20 ? FREELIST_TUPLE_BASE + n - 1 : -1;
  },
  // _PyTuple_MaybeUntrack: a tuple of atoms can never be part of a cycle.
  maybeUntrack: (o) => !(o.data as Value[]).some(mayBeTrackedChild),
});

/**
 * data: Value[] (the items, exactly ob_size of them); the item block (8 * allocated bytes) is the
 * object's storage block, o.buf / o.bufSize (objects/list.ts).
 */
export const ListType = makeType({
  name: 'list', isGC: true, basicSize: 56,
  traverse: (o, visit) => visitValuesReversed(o.data as Value[], visit),
  // _list_clear: emptied and without its item block before the items are released.
  clear: (o) => {
    const items = o.data as Value[];
    const buf = o.buf, size = o.bufSize;
    o.data = [];
    o.buf = 0;
    o.bufSize = 0;
    decrefAllReversed(items);
    if (buf !== 0) heap.freeBufferHandle(buf, size);
  },
  dealloc: (o) => decrefAllReversed(o.data as Value[]),
  freelistOf: () => FREELIST_LIST,
});

/** TypeSlots.traverseFrom of a list: items by index. */
typeData(ListType).traverseFrom = (o, from, max, visit) => {
  const items = o.data as Value[];
  const end = Math.min(items.length, from + max);
  for (let i = from; i < end; i++) {
    const v = items[i];
    if (typeof v === 'object') visit(v);
  }
  return end >= items.length ? -1 : end;
};

/**
 * Where the last traverseFrom of a dict stopped: its live Map iterator, so that the next call
 * resumes in O(1) (JS Map iterators survive insertions and deletions).
 */
let dictCursor: { d: PyObject; pos: number; it: Iterator<DictEntry> } | null = null;

/** Dicts up to this size are traversed whole by traverseFrom, whatever the budget left. */
const SMALL_DICT_ENTRIES = 64;

/** TypeSlots.traverseFrom of a dict: entries in order, values then keys as visitDictTable. */
function dictTraverseFrom(o: PyObject, from: number, max: number, visit: Visit): number {
  const table = o.data as DictTable;
  // A dict that fits in the budget, or is small (most of them), is done in one go, without a
  // cursor to allocate: a step may overrun its budget by a small dict's entries.
  if (from === 0 && table.map.size <= Math.max(max, SMALL_DICT_ENTRIES)) {
    visitDictTable(table, visit);
    return -1;
  }
  let c = dictCursor;
  if (c === null || c.d !== o || c.pos !== from) {
    c = { d: o, pos: 0, it: table.map.values() };
    while (c.pos < from && c.it.next().done !== true) c.pos++;
  }
  dictCursor = null;
  for (let n = 0; n < max; n++) {
    const r = c.it.next();
    if (r.done === true) return -1;
    c.pos++;
    if (typeof r.value.value === 'object') visit(r.value.value);
    if (typeof r.value.key === 'object') visit(r.value.key);
  }
  dictCursor = c;
  return c.pos;
}

/** data: DictTable. */
export const DictType = makeType({
  name: 'dict', isGC: true, basicSize: 64,
  traverse: (o, visit) => visitDictTable(o.data as DictTable, visit),
  clear: (o) => clearStorage(o, clearDictTable),
  dealloc: (o) => releaseDictTable(o.data as DictTable),
  freelistOf: () => FREELIST_DICT,
  // _PyDict_MaybeUntrack: only full collections untrack dicts (quadratic-cost guard, bpo-14775).
  maybeUntrack: (o, full) => {
    if (!full) return false;
    for (const e of (o.data as DictTable).map.values()) {
      if (mayBeTrackedChild(e.key) || mayBeTrackedChild(e.value)) return false;
    }
    return true;
  },
});
typeData(DictType).traverseFrom = dictTraverseFrom;


/** data: DictTable whose entries have value === key. */
export const SetType = makeType({
  name: 'set', isGC: true, basicSize: 216,
  traverse: (o, visit) => visitTable(o.data as DictTable, visit),
  clear: (o) => clearStorage(o, clearTable),
  dealloc: (o) => releaseSetTable(o.data as DictTable),
});
export const FrozenSetType = makeType({
  name: 'frozenset', isGC: true, basicSize: 216,
  traverse: (o, visit) => visitTable(o.data as DictTable, visit),
  clear: (o) => clearStorage(o, clearTable),
  dealloc: (o) => releaseSetTable(o.data as DictTable),
});

/** range's fields are bigints so that range(2**64) works; iteration takes a number fast path. */
export interface RangeData { start: bigint; stop: bigint; step: bigint; length: bigint }
export const RangeType = makeType({ name: 'range', basicSize: 48, acceptsSubclasses: false });

export interface SliceData { start: Value; stop: Value; step: Value }
export const SliceType = makeType({
  name: 'slice', basicSize: 56, acceptsSubclasses: false,
  // Not a GC type (never tracked), but a tracing collector and the verifier follow its fields.
  traverse: (o, visit) => {
    const s = o.data as SliceData;
    if (typeof s.start === 'object') visit(s.start);
    if (typeof s.stop === 'object') visit(s.stop);
    if (typeof s.step === 'object') visit(s.step);
  },
  dealloc: (o) => {
    const s = o.data as SliceData;
    decref(s.start);
    decref(s.stop);
    decref(s.step);
  },
});

// ---------------------------------------------------------------- functions and friends

/** data: the contents (a Value) or undefined when empty. */
export const CellType = makeType({
  name: 'cell', isGC: true, basicSize: 40, acceptsSubclasses: false,
  traverse: (o, visit) => {
    if (typeof o.data === 'object' && o.data !== null) visit(o.data as PyObject);
  },
  clear: (o) => {
    const v = o.data as Value | undefined;
    o.data = undefined;
    if (v !== undefined) decref(v);
  },
  dealloc: (o) => {
    if (o.data !== undefined) decref(o.data as Value);
  },
});

export interface FunctionData {
  code: import('@pyarena/compiler').CodeObject;
  /** The module's globals dict. Owned. */
  globals: PyObject;
  /** Tuple of default values or null. Owned. */
  defaults: PyObject | null;
  /** Dict of keyword-only defaults or null. Owned. */
  kwdefaults: PyObject | null;
  /** Cells for the code's freevars, or null. Owned. */
  /** __closure__: a tuple of cells (owned), or null. */
  closure: PyObject | null;
  name: string;
  qualname: string;
  /** __doc__ (owned) or None. */
  doc: Value;
  /** __module__ name. */
  module: Value;
}

const functionRefs = (f: FunctionData): (PyObject | Value | null)[] =>
  [f.globals, f.defaults, f.kwdefaults, f.doc, f.module, f.closure];

export const FunctionType = makeType({
  name: 'function', isGC: true, basicSize: 152, acceptsSubclasses: false,
  // func_traverse's order: globals, module, defaults, kwdefaults, doc, __dict__, then the closure
  // tuple.
  traverse: (o, visit) => {
    const f = o.data as FunctionData;
    visitValues([f.globals, f.module, f.defaults, f.kwdefaults, f.doc], visit);
    visitDict(o, visit);
    if (f.closure !== null) visit(f.closure);
  },
  clear: (o) => {
    const f = o.data as FunctionData;
    const refs = [f.defaults, f.kwdefaults, f.closure];
    f.defaults = null;
    f.kwdefaults = null;
    f.closure = null;
    decrefAll(refs);
    clearDict(o);
  },
  dealloc: (o) => {
    decrefAll(functionRefs(o.data as FunctionData));
    clearDict(o);
  },
});

/**
 * A native function: `fn(args, kwnames)` gets borrowed positional args (the last
 * kwnames.length of them are keyword values) and returns a new reference.
 */
export type NativeFn = (args: Value[], kwnames: readonly string[] | null, self: Value | null) => Value;
/**
 * `isDescriptor` marks a method of a builtin type stored in the type's attrs (a method
 * descriptor, CPython's PyMethodDescr); attribute access binds it to an instance (self).
 */
export interface BuiltinData {
  name: string; fn: NativeFn; self: Value | null; qualname: string; isDescriptor: boolean;
  /** The module of a module-level function ('math'), or null (builtins, methods). */
  module?: string | null;
  /** The builtin type a method descriptor belongs to (null for functions). */
  owner: PyObject | null;
  /**
   * SLOT_* (objects/slot-wrappers.ts): 0 for ordinary functions and methods; otherwise a special
   * method of a builtin type, a wrapper around the native slot the operators call directly.
   */
  slot: number;
}
export const BuiltinFunctionType = makeType({
  name: 'builtin_function_or_method', isGC: true, basicSize: 72, acceptsSubclasses: false,
  traverse: (o, visit) => {
    const s = (o.data as BuiltinData).self;
    if (typeof s === 'object' && s !== null) visit(s);
  },
  dealloc: (o) => decref((o.data as BuiltinData).self),
});

export interface MethodData { func: Value; self: Value }
export const MethodType = makeType({
  name: 'method', isGC: true, basicSize: 64, acceptsSubclasses: false,
  traverse: (o, visit) => visitValues([(o.data as MethodData).func, (o.data as MethodData).self], visit),
  dealloc: (o) => {
    decref((o.data as MethodData).func);
    decref((o.data as MethodData).self);
  },
});

export interface ModuleData { name: string; dict: PyObject }
export const ModuleType = makeType({
  name: 'module', isGC: true, basicSize: 72,
  traverse: (o, visit) => visit((o.data as ModuleData).dict),
  dealloc: (o) => decref((o.data as ModuleData).dict),
});

// ---------------------------------------------------------------- iterators

/** data: { seq (owned), index }; seq null once exhausted. */
export interface SeqIterData { seq: PyObject | null; index: number }
const seqIterSlots = {
  isGC: true,
  basicSize: 48,
  acceptsSubclasses: false,
  traverse: (o: PyObject, visit: Visit) => {
    const s = (o.data as SeqIterData).seq;
    if (s !== null) visit(s);
  },
  dealloc: (o: PyObject) => decref((o.data as SeqIterData).seq),
  clear: (o: PyObject) => {
    const d = o.data as SeqIterData;
    const s = d.seq;
    d.seq = null;
    decref(s);
  },
};
export const ListIteratorType = makeType({ name: 'list_iterator', ...seqIterSlots });
export const ListReverseIteratorType = makeType({ name: 'list_reverseiterator', ...seqIterSlots });
export const TupleIteratorType = makeType({ name: 'tuple_iterator', ...seqIterSlots });
export const StrIteratorType = makeType({ name: 'str_ascii_iterator', ...seqIterSlots });
/**
 * data: { seq: the dict or set (owned), index: the dict's version at creation (a set's size:
 * si_used), it: the dict's JS iterator (null for sets), pos: a set's next slot, len: the items a
 * set iterator has left (si->len) }
 */
export interface DictIterData {
  seq: PyObject | null; index: number; it: Iterator<unknown> | null; kind: 0 | 1 | 2; pos: number; len: number;
  /** dict_itemiterator's (key, value) tuple, handed out again when nothing else holds it. Owned. */
  result: PyObject | null;
}
export const DictKeyIteratorType = makeType({ name: 'dict_keyiterator', ...seqIterSlots, basicSize: 72 });
export const DictValueIteratorType = makeType({ name: 'dict_valueiterator', ...seqIterSlots, basicSize: 72 });
export const DictItemIteratorType = makeType({
  name: 'dict_itemiterator', ...seqIterSlots, basicSize: 72,
  traverse: (o: PyObject, visit: Visit) => {
    const d = o.data as DictIterData;
    if (d.seq !== null) visit(d.seq);
    if (d.result !== null) visit(d.result);
  },
  dealloc: (o: PyObject) => {
    const d = o.data as DictIterData;
    decref(d.seq);
    decref(d.result);
  },
  clear: (o: PyObject) => {
    const d = o.data as DictIterData;
    const { seq, result } = d;
    d.seq = null;
    d.result = null;
    decref(seq);
    decref(result);
  },
});
export const SetIteratorType = makeType({ name: 'set_iterator', ...seqIterSlots, basicSize: 72 });

/** Iteration state: numbers while every value is a safe integer, else `big`. */
export interface RangeIterData {
  next: number;
  step: number;
  remaining: number;
  big: { next: bigint; step: bigint; remaining: bigint } | null;
}
export const RangeIteratorType = makeType({ name: 'range_iterator', basicSize: 48, acceptsSubclasses: false });

/** dict views: data is the dict (owned). */
const viewSlots = {
  isGC: true, basicSize: 56, acceptsSubclasses: false,
  traverse: (o: PyObject, visit: Visit) => visit(o.data as PyObject),
  dealloc: (o: PyObject) => decref(o.data as PyObject),
};
export const DictKeysType = makeType({ name: 'dict_keys', ...viewSlots });
export const DictValuesType = makeType({ name: 'dict_values', ...viewSlots });
export const DictItemsType = makeType({ name: 'dict_items', ...viewSlots });

/**
 * enumerate, zip, map, filter, reversed: data.refs holds every owned reference. `result` (owned,
 * enumerate and zip only) is the tuple handed out again when nothing else holds it (result-tuple.ts).
 */
export interface CompositeIterData { refs: Value[]; index: number; result: PyObject | null }
const compositeSlots = {
  isGC: true, basicSize: 72,
  traverse: (o: PyObject, visit: Visit) => {
    const d = o.data as CompositeIterData;
    visitValues(d.refs, visit);
    if (d.result !== null) visit(d.result);
  },
  dealloc: (o: PyObject) => {
    const d = o.data as CompositeIterData;
    decrefAll(d.refs);
    decref(d.result);
  },
  clear: (o: PyObject) => {
    const d = o.data as CompositeIterData;
    const refs = d.refs;
    const result = d.result;
    d.refs = [];
    d.result = null;
    decrefAll(refs);
    decref(result);
  },
};
export const EnumerateType = makeType({ name: 'enumerate', ...compositeSlots });
export const ZipType = makeType({ name: 'zip', ...compositeSlots, basicSize: 64 });
export const MapType = makeType({ name: 'map', ...compositeSlots, basicSize: 56 });
export const FilterType = makeType({ name: 'filter', ...compositeSlots, basicSize: 56 });
export const ReversedType = makeType({ name: 'reversed', ...compositeSlots, basicSize: 48 });

export { visitValues, clearTable, visitTable };
