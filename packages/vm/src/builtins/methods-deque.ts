// Methods of collections.deque, with CPython 3.11's argument handling and messages: the storage
// is objects/deque.ts, the operations they share with the interpreter's protocol hooks
// ops/deque-ops.ts.

import { GC_IMMORTAL, IMMORTAL_REFCNT, PyObject as PyObjectClass, type PyObject, type Value } from '@pyarena/memory';
import { CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE } from '@pyarena/compiler';
import type { NativeFn } from '../objects/types';
import {
  DEQUE_STRUCT_SIZE, BLOCK_BYTES, DequeType, chainBlocks, dequeAppendLeftSteal, dequeAppendSteal, dequeClear,
  dequeDelItem, dequeInsertSteal, dequePop, dequePopLeft, dequeReverse, dequeRotate, isDeque, newDequeIter,
  type DequeData,
} from '../objects/deque';
import {
  SSIZE_MAX, SSIZE_MIN, dequeCompare, dequeConcat, dequeContains, dequeCopy, dequeExtend, dequeGetItem, dequeInit,
  dequeInplaceRepeat, dequeRepeat, dequeRepr, dequeSetItem, findFrom, inSsizeRange, isIndexable,
} from '../ops/deque-ops';
import { False, None, NotImplemented, True, newStr } from '../objects/constructors';
import { checkArgs, defineMethod, makeBuiltin } from '../objects/builtin-function';
import { PropertyType, type PropertyData } from '../objects/descriptors';
import { typeData, typeName } from '../objects/typeobject';
import { IndexError, OverflowError, RuntimeError, raise, typeError, valueError } from '../errors';
import { incref } from '../refs';
import { repr } from '../ops/repr';
import { argIndex } from '../modules/args';

const dataOf = (o: PyObject): DequeData => o.data as DequeData;

// ---------------------------------------------------------------- argument checks

/** A method's self: a deque (the unbound form deque.append(x, 1) can pass anything). */
function methodSelf(self: Value | null, name: string): PyObject {
  if (!isDeque(self as Value)) {
    typeError(`descriptor '${name}' for 'collections.deque' objects doesn't apply to a '${typeName(self as Value)}' object`);
  }
  return self as PyObject;
}

/** A slot wrapper's self (__len__, __getitem__...), with its own message. */
function wrapperSelf(self: Value | null, name: string): PyObject {
  if (!isDeque(self as Value)) {
    typeError(`descriptor '${name}' requires a 'collections.deque' object but received a '${typeName(self as Value)}'`);
  }
  return self as PyObject;
}

/** A slot wrapper's argument count ("expected 1 argument, got 0"). */
function wrapperArgs(name: string, args: readonly Value[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** The 'n' argument format (rotate, insert): an index, else the TypeError of PyNumber_Index. */
function ssizeArg(v: Value): number {
  if (typeof v === 'number') return v;
  return inSsizeRange(argIndex(v), OverflowError, 'Python int too large to convert to C ssize_t');
}

/** PyNumber_AsSsize_t(v, OverflowError): slot wrappers' index and count arguments. */
function wrapperIndex(v: Value): number {
  if (typeof v === 'number') return v;
  return inSsizeRange(argIndex(v), OverflowError, "cannot fit 'int' into an index-sized integer");
}

/** _PyEval_SliceIndexNotNone: index()'s start and stop, clamped to the Py_ssize_t range. */
function sliceIndexArg(v: Value): number {
  if (typeof v === 'number') return v;
  if (!isIndexable(v)) typeError('slice indices must be integers or have an __index__ method');
  const b = argIndex(v);
  return b > SSIZE_MAX ? Number(SSIZE_MAX) : b < SSIZE_MIN ? Number(SSIZE_MIN) : Number(b);
}

// ---------------------------------------------------------------- methods

/** METH_NOARGS and METH_O methods name themselves `deque.name` in their argument errors. */
function noArgs(name: string, a: Value[], k: readonly string[] | null): void {
  if (a.length !== 0 || (k !== null && k.length > 0)) checkArgs(`deque.${name}`, a, k, 0, 0);
}
function oneArg(name: string, a: Value[], k: readonly string[] | null): void {
  if (a.length !== 1 || (k !== null && k.length > 0)) checkArgs(`deque.${name}`, a, k, 1, 1);
}

const popOf = (name: string, pop: (d: DequeData) => Value): NativeFn => (a, k, self) => {
  const o = methodSelf(self, name);
  noArgs(name, a, k);
  if (dataOf(o).size === 0) raise(IndexError, 'pop from an empty deque');
  return pop(dataOf(o)); // the deque's reference moves to the caller
};

const copyMethod = (name: string): NativeFn => (a, k, self) => {
  const o = methodSelf(self, name);
  noArgs(name, a, k);
  return dequeCopy(o);
};

const METHODS: Record<string, NativeFn> = {
  append: (a, k, self) => {
    const o = methodSelf(self, 'append');
    oneArg('append', a, k);
    incref(a[0]!);
    dequeAppendSteal(dataOf(o), a[0]!);
    return None;
  },
  appendleft: (a, k, self) => {
    const o = methodSelf(self, 'appendleft');
    oneArg('appendleft', a, k);
    incref(a[0]!);
    dequeAppendLeftSteal(dataOf(o), a[0]!);
    return None;
  },
  pop: popOf('pop', dequePop),
  popleft: popOf('popleft', dequePopLeft),
  extend: (a, k, self) => {
    const o = methodSelf(self, 'extend');
    oneArg('extend', a, k);
    dequeExtend(o, a[0]!, false);
    return None;
  },
  extendleft: (a, k, self) => {
    const o = methodSelf(self, 'extendleft');
    oneArg('extendleft', a, k);
    dequeExtend(o, a[0]!, true);
    return None;
  },
  clear: (a, k, self) => {
    const o = methodSelf(self, 'clear');
    noArgs('clear', a, k);
    dequeClear(o);
    return None;
  },
  copy: copyMethod('copy'),
  __copy__: copyMethod('__copy__'),
  count: (a, k, self) => {
    const o = methodSelf(self, 'count');
    oneArg('count', a, k);
    const d = dataOf(o);
    let n = 0;
    for (let i = findFrom(o, a[0]!, 0, d.size, RuntimeError); i >= 0; i = findFrom(o, a[0]!, i + 1, d.size, RuntimeError)) n++;
    return n;
  },
  index: (a, k, self) => {
    const o = methodSelf(self, 'index');
    if (k !== null && k.length > 0) typeError('deque.index() takes no keyword arguments');
    if (a.length < 1) typeError(`index() takes at least 1 argument (${a.length} given)`);
    if (a.length > 3) typeError(`index() takes at most 3 arguments (${a.length} given)`);
    const size = dataOf(o).size;
    let start = a.length > 1 ? sliceIndexArg(a[1]!) : 0;
    let stop = a.length > 2 ? sliceIndexArg(a[2]!) : size;
    if (start < 0) start = Math.max(0, start + size);
    if (stop < 0) stop = Math.max(0, stop + size);
    stop = Math.min(stop, size);
    start = Math.min(start, stop);
    const i = findFrom(o, a[0]!, start, stop, RuntimeError);
    if (i < 0) valueError(`${repr(a[0]!)} is not in deque`);
    return i;
  },
  insert: (a, k, self) => {
    const o = methodSelf(self, 'insert');
    if (k !== null && k.length > 0) typeError('deque.insert() takes no keyword arguments');
    if (a.length !== 2) typeError(`insert() takes exactly 2 arguments (${a.length} given)`);
    const index = ssizeArg(a[0]!);
    const d = dataOf(o);
    if (d.maxlen === d.size) raise(IndexError, 'deque already at its maximum size');
    incref(a[1]!);
    dequeInsertSteal(d, index, a[1]!);
    return None;
  },
  remove: (a, k, self) => {
    const o = methodSelf(self, 'remove');
    oneArg('remove', a, k);
    const i = findFrom(o, a[0]!, 0, dataOf(o).size, IndexError);
    if (i < 0) valueError(`${repr(a[0]!)} is not in deque`);
    dequeDelItem(dataOf(o), i);
    return None;
  },
  reverse: (a, k, self) => {
    const o = methodSelf(self, 'reverse');
    noArgs('reverse', a, k);
    dequeReverse(dataOf(o));
    return None;
  },
  rotate: (a, k, self) => {
    const o = methodSelf(self, 'rotate');
    checkArgs('deque.rotate', a, k, 0, 1);
    dequeRotate(dataOf(o), a.length === 0 ? 1 : ssizeArg(a[0]!));
    return None;
  },
  __reversed__: (a, k, self) => {
    const o = methodSelf(self, '__reversed__');
    noArgs('__reversed__', a, k);
    return newDequeIter(o, true);
  },
  __sizeof__: (a, k, self) => {
    const o = methodSelf(self, '__sizeof__');
    noArgs('__sizeof__', a, k);
    return DEQUE_STRUCT_SIZE + chainBlocks(dataOf(o)) * BLOCK_BYTES;
  },
};

/** Slot wrappers: the dunder methods behind the operators (subclasses inherit them). */
const WRAPPERS: Record<string, NativeFn> = {
  __init__: (a, k, self) => {
    dequeInit(wrapperSelf(self, '__init__'), a, k);
    return None;
  },
  __len__: (a, k, self) => {
    const o = wrapperSelf(self, '__len__');
    wrapperArgs('__len__', a, k, 0);
    return dataOf(o).size;
  },
  __iter__: (a, k, self) => {
    const o = wrapperSelf(self, '__iter__');
    wrapperArgs('__iter__', a, k, 0);
    return newDequeIter(o, false);
  },
  __contains__: (a, k, self) => {
    const o = wrapperSelf(self, '__contains__');
    wrapperArgs('__contains__', a, k, 1);
    return dequeContains(o, a[0]!) ? True : False;
  },
  __getitem__: (a, k, self) => {
    const o = wrapperSelf(self, '__getitem__');
    wrapperArgs('__getitem__', a, k, 1);
    const i = wrapperIndex(a[0]!);
    return dequeGetItem(o, i < 0 ? i + dataOf(o).size : i);
  },
  __setitem__: (a, k, self) => {
    const o = wrapperSelf(self, '__setitem__');
    wrapperArgs('__setitem__', a, k, 2);
    const i = wrapperIndex(a[0]!);
    dequeSetItem(o, i < 0 ? i + dataOf(o).size : i, a[1]!);
    return None;
  },
  __delitem__: (a, k, self) => {
    const o = wrapperSelf(self, '__delitem__');
    wrapperArgs('__delitem__', a, k, 1);
    const i = wrapperIndex(a[0]!);
    dequeSetItem(o, i < 0 ? i + dataOf(o).size : i, null);
    return None;
  },
  __add__: (a, k, self) => {
    const o = wrapperSelf(self, '__add__');
    wrapperArgs('__add__', a, k, 1);
    return dequeConcat(o, a[0]!);
  },
  __iadd__: (a, k, self) => {
    const o = wrapperSelf(self, '__iadd__');
    wrapperArgs('__iadd__', a, k, 1);
    dequeExtend(o, a[0]!, false);
    o.refcnt++;
    return o;
  },
  __mul__: (a, k, self) => {
    const o = wrapperSelf(self, '__mul__');
    wrapperArgs('__mul__', a, k, 1);
    return dequeRepeat(o, wrapperIndex(a[0]!));
  },
  __rmul__: (a, k, self) => {
    const o = wrapperSelf(self, '__rmul__');
    wrapperArgs('__rmul__', a, k, 1);
    return dequeRepeat(o, wrapperIndex(a[0]!));
  },
  __imul__: (a, k, self) => {
    const o = wrapperSelf(self, '__imul__');
    wrapperArgs('__imul__', a, k, 1);
    dequeInplaceRepeat(o, wrapperIndex(a[0]!));
    o.refcnt++;
    return o;
  },
  __repr__: (a, k, self) => {
    const o = wrapperSelf(self, '__repr__');
    wrapperArgs('__repr__', a, k, 0);
    return newStr(dequeRepr(o));
  },
};

/** __eq__ & co: NotImplemented unless both are deques. */
const COMPARISONS: [string, number][] = [
  ['__lt__', CMP_LT], ['__le__', CMP_LE], ['__eq__', CMP_EQ], ['__ne__', CMP_NE], ['__gt__', CMP_GT], ['__ge__', CMP_GE],
];

function immortal(o: PyObject): PyObject {
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}

/** The `maxlen` attribute: a read-only property of the type (CPython's getset descriptor). */
export const maxlenDescriptor = immortal(new PyObjectClass(PropertyType, {
  fget: makeBuiltin('maxlen', (args) => {
    const o = wrapperSelf(args[0] ?? null, 'maxlen');
    const m = dataOf(o).maxlen;
    return m < 0 ? None : m;
  }),
  fset: None, fdel: None, doc: None,
} satisfies PropertyData));

/** Installs the methods on the deque type (once per process). */
export function defineDequeMethods(): void {
  for (const [name, fn] of Object.entries(METHODS)) defineMethod(DequeType, name, fn);
  for (const [name, fn] of Object.entries(WRAPPERS)) defineMethod(DequeType, name, fn);
  for (const [name, op] of COMPARISONS) {
    defineMethod(DequeType, name, (a, k, self) => {
      const o = wrapperSelf(self, name);
      wrapperArgs(name, a, k, 1);
      const other = a[0]!;
      if (!isDeque(other)) return NotImplemented;
      return dequeCompare(o, other, op) ? True : False;
    });
  }
  const attrs = typeData(DequeType).attrs;
  attrs.set('__hash__', None);
  attrs.set('maxlen', maxlenDescriptor);
}
