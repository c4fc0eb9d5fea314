// The _collections module (Modules/_collectionsmodule.c): collections.deque as a native type.
// packages/vm/lib/collections.py re-exports it. Storage: objects/deque.ts; operations:
// ops/deque-ops.ts; methods: builtins/methods-deque.ts. This file connects the type to the interpreter's protocols (iter,
// len, subscripts, `in`, truth, comparisons, + and *, repr, hash, attributes) through the hooks
// the builtin-only operations leave open.
//
// A subclass that does not override a protocol's dunder method is served here directly, like an
// exact deque (CPython's inherited slots, with their messages); one that overrides it goes on to
// ops/instance.ts, which calls its methods.

import type { PyObject, Value } from '@pyarena/memory';
import { NB_ADD, NB_INPLACE_OFFSET, NB_MULTIPLY } from '@pyarena/compiler';
import {
  DequeIterType, DequeReverseIterType, DequeType, dequeIterNext, isDeque, newDeque, newDequeIter, type DequeData,
  type DequeIterData,
} from '../objects/deque';
import {
  dequeCompare, dequeConcat, dequeConstructor, dequeContains, dequeExtend, dequeGetItem, dequeInplaceRepeat, dequeRepeat,
  dequeRepr, dequeSetItem, repeatCount, subscriptIndex,
} from '../ops/deque-ops';
import { defineDequeMethods, maxlenDescriptor } from '../builtins/methods-deque';
import { None, NotImplemented } from '../objects/constructors';
import { checkArgs, defineMethod } from '../objects/builtin-function';
import { layoutAllocators } from '../objects/classes';
import { isSubtype, lookupInType, typeData, typeName } from '../objects/typeobject';
import { BuiltinFunctionType, ListType, StrType, TupleType, BytesType, ByteArrayType } from '../objects/types';
import { typeConstructors } from '../call';
import { AttributeError, PyErr, StopIteration, newException, raise, typeError } from '../errors';
import { attrHooks } from '../ops/attr';
import { binaryHooks } from '../ops/binary';
import { compareHooks } from '../ops/compare';
import { hashHooks } from '../ops/hash';
import { iterHooks } from '../ops/iter';
import { hooks as reprHooks } from '../ops/repr';
import { subscriptHooks } from '../ops/subscript';
import { callDunder } from '../ops/instance';
import { staticStr } from './args';
import { defineNativeModule, setAttrSteal } from './registry';
// The hooks below wrap those of ops/instance.ts and weakref.ts: they must be installed first.
import './weakref';

defineDequeMethods();
typeData(DequeType).attrs.set('__module__', staticStr('collections'));
typeConstructors.set(DequeType, dequeConstructor);
// Subclasses (and deque.__new__): an empty deque of the class; __init__ fills it.
layoutAllocators.set(DequeType, (cls) => newDeque(cls));

const isDequeIter = (v: Value | null): v is PyObject =>
  typeof v === 'object' && v !== null && (v.type === DequeIterType || v.type === DequeReverseIterType);

for (const t of [DequeIterType, DequeReverseIterType]) {
  const tname = typeData(t).name;
  const iterSelf = (self: Value | null, name: string): PyObject => {
    if (!isDequeIter(self) || self.type !== t) {
      typeError(`descriptor '${name}' requires a '${tname}' object but received a '${typeName(self as Value)}'`);
    }
    return self;
  };
  typeData(t).attrs.set('__module__', staticStr('_collections'));
  defineMethod(t, '__next__', (a, k, self) => {
    const it = iterSelf(self, '__next__');
    checkArgs('__next__', a, k, 0, 0);
    const v = dequeIterNext(it);
    if (v === undefined) throw new PyErr(newException(StopIteration, []));
    return v;
  });
  defineMethod(t, '__iter__', (a, k, self) => {
    const it = iterSelf(self, '__iter__');
    checkArgs('__iter__', a, k, 0, 0);
    it.refcnt++;
    return it;
  });
  defineMethod(t, '__length_hint__', (a, k, self) => {
    const it = iterSelf(self, '__length_hint__');
    checkArgs('__length_hint__', a, k, 0, 0);
    return (it.data as DequeIterData).counter;
  });
}

const DEQUE_ATTRS = typeData(DequeType).attrs;

/** Is `o` a deque whose class leaves the dunder `name` to deque (so the native slot applies)? */
function servesAs(o: PyObject, name: string): boolean {
  if (o.type === DequeType) return true;
  return isSubtype(o.type, DequeType) && lookupInType(o.type, name) === DEQUE_ATTRS.get(name);
}

const size = (o: PyObject): number => (o.data as DequeData).size;

// ---------------------------------------------------------------- iteration, len, truth, `in`

const prevGetIter = iterHooks.getIterOther;
iterHooks.getIterOther = (o) => {
  if (isDequeIter(o)) {
    o.refcnt++;
    return o;
  }
  if (servesAs(o, '__iter__')) return newDequeIter(o, false);
  return prevGetIter(o);
};

const prevNext = iterHooks.iterNextOther;
iterHooks.iterNextOther = (it) => (isDequeIter(it) ? dequeIterNext(it) : prevNext(it));

const prevLen = subscriptHooks.lenOther;
subscriptHooks.lenOther = (o) => (typeof o === 'object' && servesAs(o, '__len__') ? size(o) : prevLen(o));

const prevTruth = compareHooks.truthOther;
compareHooks.truthOther = (o) => {
  if (o.type === DequeType) return size(o) !== 0;
  if (servesAs(o, '__len__') && lookupInType(o.type, '__bool__') === undefined) return size(o) !== 0;
  return prevTruth(o);
};

const prevContains = subscriptHooks.containsOther;
subscriptHooks.containsOther = (o, item) =>
  typeof o === 'object' && servesAs(o, '__contains__') ? dequeContains(o, item) : prevContains(o, item);

// ---------------------------------------------------------------- subscripts

const prevGetItem = subscriptHooks.getItemOther;
subscriptHooks.getItemOther = (o, key) =>
  typeof o === 'object' && servesAs(o, '__getitem__') ? dequeGetItem(o, subscriptIndex(o, key)) : prevGetItem(o, key);

const prevSetItem = subscriptHooks.setItemOther;
subscriptHooks.setItemOther = (o, key, v) =>
  typeof o === 'object' && servesAs(o, '__setitem__') ? dequeSetItem(o, subscriptIndex(o, key), v) : prevSetItem(o, key, v);

const prevDelItem = subscriptHooks.delItemOther;
subscriptHooks.delItemOther = (o, key) =>
  typeof o === 'object' && servesAs(o, '__delitem__') ? dequeSetItem(o, subscriptIndex(o, key), null) : prevDelItem(o, key);

// ---------------------------------------------------------------- comparisons, repr, hash

const prevCompare = compareHooks.richCompareOther;
compareHooks.richCompareOther = (a, b, op) => {
  if (typeof a === 'object' && typeof b === 'object' && a.type === DequeType && b.type === DequeType) {
    return dequeCompare(a, b, op);
  }
  // User classes first (their __eq__ & co, subclasses' reflected methods), then deque's own.
  const r = prevCompare(a, b, op);
  if (r !== null) return r;
  return isDeque(a) && isDeque(b) ? dequeCompare(a, b, op) : null;
};

const prevRepr = reprHooks.reprOther;
reprHooks.reprOther = (o, asStr) => (o.type === DequeType ? dequeRepr(o) : prevRepr(o, asStr));

const prevHashKey = hashHooks.keyOther;
hashHooks.keyOther = (o) => {
  if (o.type === DequeType) typeError("unhashable type: 'collections.deque'");
  return prevHashKey(o);
};

// ---------------------------------------------------------------- the maxlen attribute

const prevGetAttr = attrHooks.getOther;
attrHooks.getOther = (o, name) => {
  if (o.type === DequeType && name === 'maxlen') {
    const m = (o.data as DequeData).maxlen;
    return m < 0 ? None : m;
  }
  return prevGetAttr(o, name);
};

const prevSetAttr = attrHooks.setOther;
attrHooks.setOther = (o, name, v) => {
  if (name === 'maxlen' && isDeque(o) && lookupInType(o.type, 'maxlen') === maxlenDescriptor) {
    raise(AttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable");
  }
  prevSetAttr(o, name, v);
};

// ---------------------------------------------------------------- + and *

/** A method written in Python (not a native slot) that v's class has for `name`. */
function pythonMethod(v: Value, name: string): boolean {
  if (typeof v === 'number' || !typeData(v.type).isHeapType) return false;
  const m = lookupInType(v.type, name);
  return m !== undefined && m !== None && (typeof m !== 'object' || m.type !== BuiltinFunctionType);
}

/**
 * binary_op1 for classes with a number slot for the operator: CPython gives one to a class that
 * defines __add__ or __radd__ (__mul__ or __rmul__) in Python, and that slot then calls whichever
 * of the two its class has, deque's own slot wrappers included. Undefined when none answers.
 */
function pythonBinary(name: string, a: Value, b: Value): Value | undefined {
  const forward = `__${name}__`, reflected = `__r${name}__`;
  const aType = typeof a === 'number' ? null : a.type;
  const bType = typeof b === 'number' ? null : b.type;
  const slotA = pythonMethod(a, forward) || pythonMethod(a, reflected);
  const slotB = aType !== bType && (pythonMethod(b, forward) || pythonMethod(b, reflected));
  if (!slotA && !slotB) return undefined;
  const call = (x: Value, method: string, y: Value): Value | undefined => {
    if (typeof x === 'number' || lookupInType(x.type, method) === undefined) return undefined;
    const r = callDunder(x, method, [y]);
    return r === NotImplemented ? undefined : r;
  };
  const reflectedFirst = slotB && aType !== null && bType !== null && isSubtype(bType, aType) && pythonMethod(b, reflected);
  let r: Value | undefined;
  if (reflectedFirst && (r = call(b, reflected, a)) !== undefined) return r;
  if (slotA && (r = call(a, forward, b)) !== undefined) return r;
  if (slotB && !reflectedFirst && (r = call(b, reflected, a)) !== undefined) return r;
  return undefined;
}

const isBuiltinSequence = (v: Value): boolean => typeof v === 'object' &&
  (v.type === ListType || v.type === TupleType || v.type === StrType || v.type === BytesType || v.type === ByteArrayType);

/** Does v's class still have deque's sq_repeat? (Defining __mul__ or __rmul__ in Python removes it.) */
const repeats = (v: Value): boolean => isDeque(v) && !pythonMethod(v, '__mul__') && !pythonMethod(v, '__rmul__');

/**
 * deque + x, deque * n, n * deque and the in-place forms, as PyNumber_Add & co run them: the
 * operands' number methods first (only Python classes have any here), then the sequence slots
 * (sq_concat, sq_repeat, sq_inplace_concat, sq_inplace_repeat) of a deque whose class did not
 * override the matching dunder in Python (that leaves the slot empty in CPython).
 */
const prevBinary = binaryHooks.binaryOther;
binaryHooks.binaryOther = (op, a, b) => {
  const inplace = op >= NB_INPLACE_OFFSET;
  const base = inplace ? op - NB_INPLACE_OFFSET : op;
  if ((base !== NB_ADD && base !== NB_MULTIPLY) || (!isDeque(a) && !isDeque(b))) return prevBinary(op, a, b);
  const name = base === NB_ADD ? 'add' : 'mul';
  if (inplace && pythonMethod(a, `__i${name}__`)) {
    const r = callDunder(a, `__i${name}__`, [b]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r = pythonBinary(name, a, b);
  if (r !== undefined) return r;
  if (base === NB_ADD) {
    if (!isDeque(a)) return NotImplemented; // [1] + deque, 1 + deque: the left operand's error
    if (inplace && !pythonMethod(a, '__iadd__')) {
      dequeExtend(a, b, false);
      a.refcnt++;
      return a;
    }
    return pythonMethod(a, '__add__') ? NotImplemented : dequeConcat(a, b);
  }
  if (repeats(a)) {
    const n = repeatCount(b);
    if (!inplace || pythonMethod(a, '__imul__')) return dequeRepeat(a as PyObject, n);
    dequeInplaceRepeat(a as PyObject, n);
    (a as PyObject).refcnt++;
    return a;
  }
  // A sequence on the left repeats itself (and rejects the deque as a count).
  if (isBuiltinSequence(a) || !repeats(b)) return NotImplemented;
  return dequeRepeat(b as PyObject, repeatCount(a));
};

// ---------------------------------------------------------------- the module

defineNativeModule('_collections', (dict) => {
  for (const t of [DequeType, DequeIterType, DequeReverseIterType]) {
    const n = typeData(t).name;
    setAttrSteal(dict, n.slice(n.lastIndexOf('.') + 1), t);
  }
});
