// Weak references (Objects/weakrefobject.c, Modules/_weakref.c, CPython 3.11): the `_weakref`
// module with ref (ReferenceType), proxy (ProxyType / CallableProxyType), getweakrefcount,
// getweakrefs and _remove_dead_weakref. The rest of `weakref` (finalize, WeakMethod, the weak
// containers) is Python: packages/vm/lib/weakref.py.
//
// Storage: a referent's header field `weakrefs` is a JS array of its weakref objects in CPython's
// list order (head first: the callback-less ref, then the callback-less proxy, then the others,
// newest first), or null. A weakref never counts as a reference to its referent (it is not
// visited by traverse); it owns its callback. The heap clears the list through WeakrefHooks:
// at refcount zero (callbacks run at once) and in the cycle collector (handle_weakrefs).

import { GC_FREED, GC_IMMORTAL, GC_UNREACHABLE, type Heap, type PyObject, type Value, type Visit, type WeakrefHooks } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import {
  BuiltinFunctionType, BytesType, FrozenSetType, FunctionType, IntType, MethodType, ModuleType, SetType,
  TupleType, TypeType,
} from '../objects/types';
import { CodeType } from '../objects/code';
import { GeneratorType } from '../objects/generator';
import { DequeType } from '../objects/deque';
import { isSubtype, lookupInType, makeType, typeData, typeName } from '../objects/typeobject';
import { False, None, NotImplemented, True, newList, newObjectOfType, newStr as newStrValue } from '../objects/constructors';
import { checkArgs, defineMethod, makeBuiltin } from '../objects/builtin-function';
import { layoutAllocators } from '../objects/classes';
import { newMethod } from '../objects/descriptors';
import { dictDel, dictGet } from '../objects/dict';
import { callUnraisable } from '../objects/finalize';
import { AttributeError, PyErr, ReferenceError, raise, typeError } from '../errors';
import { decref, incref } from '../refs';
import { heap } from '../state';
import { callHooks, callObject, typeConstructors } from '../call';
import { attrHooks, getAttr, lookupAttr, setAttr } from '../ops/attr';
import { binaryHooks, binaryOp, unaryOp } from '../ops/binary';
import { compare, compareHooks, isTrue } from '../ops/compare';
import { CUSTOM_HASH_PREFIX, hashHooks, intFromHash, pyHash } from '../ops/hash';
import { getIter, iterHooks, iterNext } from '../ops/iter';
import { contains, delItem, getItem, len, setItem, subscriptHooks } from '../ops/subscript';
import { hexAddr, repr, str } from '../ops/repr';
import { formatException } from '../traceback';
import { runtimeIO } from '../io';
import { tstate } from '../tstate';
import { CMP_EQ, CMP_NE } from '@pyarena/compiler';
import { staticStr } from './args';
import { defineNativeModule, importState, setAttrSteal } from './registry';
// The hooks below wrap the ones ops/instance.ts installs: it must have run first.
import '../ops/instance';

/** The payload of ref and proxy objects (and of instances of ref subclasses). */
export interface WeakrefData {
  /** The referent, NOT counted; null once it died or the weakref was cleared. */
  referent: PyObject | null;
  /** Owned callback, or null (None is stored as null, as CPython does). */
  callback: Value | null;
  /** hash(referent), cached at the first hash() (CPython's wr->hash), or null. */
  hash: number | bigint | null;
}

const wdata = (o: PyObject): WeakrefData => o.data as WeakrefData;

/** clear_weakref's first half: unlink `wr` from its referent's list and forget the referent. */
function unlink(wr: PyObject): void {
  const d = wdata(wr);
  const o = d.referent;
  if (o === null) return;
  d.referent = null;
  const list = o.weakrefs as PyObject[] | null;
  if (list === null) return;
  const i = list.indexOf(wr);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) o.weakrefs = null;
}

/** tp_clear and tp_dealloc (clear_weakref): unlink, then drop the callback. */
function clearWeakref(wr: PyObject): void {
  unlink(wr);
  const d = wdata(wr);
  const cb = d.callback;
  d.callback = null;
  if (cb !== null) decref(cb);
}

const weakrefSlots = {
  isGC: true,
  // CPython 3.11: sizeof(PyWeakReference) 64 + the 16-byte GC header.
  basicSize: 80,
  traverse: (o: PyObject, visit: Visit): void => {
    const cb = wdata(o).callback;
    if (typeof cb === 'object' && cb !== null) visit(cb);
  },
  clear: clearWeakref,
  dealloc: clearWeakref,
};

function weakrefType(name: string, subclassable: boolean): PyObject {
  const t = makeType({ name: `weakref.${name}`, ...weakrefSlots, acceptsSubclasses: subclassable });
  const d = typeData(t);
  d.qualname = name;
  d.attrs.set('__module__', staticStr('weakref'));
  return t;
}

export const ReferenceType = weakrefType('ReferenceType', true);
export const ProxyType = weakrefType('ProxyType', false);
export const CallableProxyType = weakrefType('CallableProxyType', false);
// Every attribute of a proxy is the referent's: no LOAD_METHOD shortcut through the type.
typeData(ProxyType).customGetAttr = true;
typeData(CallableProxyType).customGetAttr = true;

const isProxy = (o: PyObject): boolean => o.type === ProxyType || o.type === CallableProxyType;
const isRef = (o: PyObject): boolean => isSubtype(o.type, ReferenceType);
/** PyWeakref_Check: a ref (or subclass instance) or a proxy. */
const isWeakref = (v: Value): v is PyObject => typeof v === 'object' && (isRef(v) || isProxy(v));

// ---------------------------------------------------------------- which objects accept weakrefs

/** Builtin types with a tp_weaklistoffset in CPython 3.11 (instances of user classes aside). */
const WEAKREFABLE = new Set<PyObject>([
  TypeType, FunctionType, SetType, FrozenSetType, GeneratorType, MethodType, BuiltinFunctionType, ModuleType,
  CodeType, DequeType,
]);
/** Variable-size layouts: their subclasses get no __weakref__ slot either (type_new's may_add_weak). */
const NO_WEAK_SUBCLASSES = new Set<PyObject>([IntType, TupleType, BytesType]);

function supportsWeakrefs(o: Value): o is PyObject {
  if (typeof o === 'number') return false;
  const d = typeData(o.type);
  if (d.isHeapType) return d.instanceWeakref && !NO_WEAK_SUBCLASSES.has(d.solidBase!);
  return WEAKREFABLE.has(o.type) || isSubtype(o.type, TypeType);
}

/** tp_name, as CPython's messages print it. */
const tpName = (v: Value): string => typeName(v);

/**
 * Immortal statics (builtin types and functions) outlive a run, their weakref lists must not:
 * the next run (a new heap) starts with these lists emptied.
 */
const staticReferents = new Set<PyObject>();

// ---------------------------------------------------------------- creating weakrefs

/** get_basic_refs: the callback-less exact ref at the head, then the callback-less proxy. */
function basicRefs(list: PyObject[]): [PyObject | null, PyObject | null] {
  let ref: PyObject | null = null;
  let proxy: PyObject | null = null;
  let i = 0;
  if (list.length > 0 && wdata(list[0]!).callback === null) {
    if (list[0]!.type === ReferenceType) {
      ref = list[0]!;
      i = 1;
    }
    if (i < list.length && wdata(list[i]!).callback === null && isProxy(list[i]!)) proxy = list[i]!;
  }
  return [ref, proxy];
}

/** Links a new weakref into `o`'s list at CPython's position (insert_head / insert_after). */
function link(o: PyObject, wr: PyObject, basic: boolean, isProxyRef: boolean): void {
  let list = o.weakrefs as PyObject[] | null;
  if (list === null) {
    list = [];
    o.weakrefs = list;
    if ((o.gcFlags & GC_IMMORTAL) !== 0) staticReferents.add(o);
  }
  if (basic && !isProxyRef) {
    list.unshift(wr);
    return;
  }
  const [ref, proxy] = basicRefs(list);
  const prev = basic ? ref : proxy ?? ref;
  if (prev === null) list.unshift(wr);
  else list.splice(list.indexOf(prev) + 1, 0, wr);
}

function checkReferent(ob: Value): PyObject {
  if (!supportsWeakrefs(ob)) typeError(`cannot create weak reference to '${tpName(ob)}' object`);
  return ob;
}

/**
 * weakref___new__: a ref of type `cls` (ReferenceType or a subclass) to `ob`. A callback-less
 * exact ref is shared: ref(o) is ref(o). New reference.
 */
function newRef(cls: PyObject, obValue: Value, callbackArg: Value | undefined): PyObject {
  const ob = checkReferent(obValue);
  const callback = callbackArg === undefined || callbackArg === None ? null : callbackArg;
  const basic = callback === null && cls === ReferenceType;
  if (basic && ob.weakrefs !== null) {
    const [ref] = basicRefs(ob.weakrefs as PyObject[]);
    if (ref !== null) {
      ref.refcnt++;
      return ref;
    }
  }
  const data: WeakrefData = { referent: ob, callback, hash: null };
  let wr: PyObject;
  if (cls === ReferenceType) wr = newObjectOfType(ReferenceType, data);
  else {
    // An instance of a Python subclass of ref (WeakMethod, KeyedRef): the heap type's layout.
    const d = typeData(cls);
    wr = heap.alloc(cls, d.basicSize, data);
    if (d.isHeapType) cls.refcnt++;
    heap.track(wr);
  }
  if (callback !== null) incref(callback);
  link(ob, wr, basic, false);
  return wr;
}

/** PyWeakref_NewProxy: callback-less proxies are shared like refs. New reference. */
function newProxy(obValue: Value, callbackArg: Value | undefined): PyObject {
  const ob = checkReferent(obValue);
  const callback = callbackArg === undefined || callbackArg === None ? null : callbackArg;
  if (callback === null && ob.weakrefs !== null) {
    const [, proxy] = basicRefs(ob.weakrefs as PyObject[]);
    if (proxy !== null) {
      proxy.refcnt++;
      return proxy;
    }
  }
  const callableReferent = isCallable(ob);
  const data: WeakrefData = { referent: ob, callback, hash: null };
  const wr = newObjectOfType(callableReferent ? CallableProxyType : ProxyType, data);
  if (callback !== null) incref(callback);
  link(ob, wr, callback === null, true);
  return wr;
}

function isCallable(o: PyObject): boolean {
  const t = o.type;
  return t === FunctionType || t === BuiltinFunctionType || t === MethodType || isSubtype(t, TypeType) ||
    lookupInType(t, '__call__') !== undefined;
}

const refNew: NativeFn = (args, kwnames) => {
  checkArgs('__new__', args, kwnames, 1, 3);
  const cls = args[0]!;
  if (typeof cls !== 'object' || !isSubtype(cls.type, TypeType)) typeError(`ReferenceType.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!isSubtype(cls, ReferenceType)) typeError(`ReferenceType.__new__(${typeData(cls).name}): ${typeData(cls).name} is not a subtype of ReferenceType`);
  if (args.length < 2) typeError('__new__ expected at least 1 argument, got 0');
  return newRef(cls, args[1]!, args[2]);
};

// A ref subclass created by calling the class (no __new__ of its own): the same constructor.
layoutAllocators.set(ReferenceType, (cls, args) => {
  if (args.length < 1) typeError('__new__ expected at least 1 argument, got 0');
  if (args.length > 2) typeError(`__new__ expected at most 2 arguments, got ${args.length}`);
  return newRef(cls, args[0]!, args[1]);
});

typeConstructors.set(ReferenceType, (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError('ref() takes no keyword arguments');
  if (args.length < 1) typeError('__new__ expected at least 1 argument, got 0');
  if (args.length > 2) typeError(`__new__ expected at most 2 arguments, got ${args.length}`);
  return newRef(ReferenceType, args[0]!, args[1]);
});

// types.MethodType(func, obj): WeakMethod rebuilds its bound method this way (method_new).
if (!typeConstructors.has(MethodType)) {
  typeConstructors.set(MethodType, (args, kwnames) => {
    checkArgs('method', args, kwnames, 2, 2);
    if (!isCallableValue(args[0]!)) typeError('first argument must be callable');
    if (args[1] === None) typeError('instance must not be None');
    return newMethod(args[0]!, args[1]!);
  });
}

function isCallableValue(v: Value): boolean {
  return typeof v === 'object' && isCallable(v);
}

// ---------------------------------------------------------------- ref behaviour

/** weakref_vectorcall: the referent or None. New reference. */
function callRef(self: PyObject, args: Value[], kwnames: readonly string[] | null): Value {
  if (kwnames !== null && kwnames.length > 0) typeError('weakref() takes no keyword arguments');
  if (args.length !== 0) typeError(`weakref expected 0 arguments, got ${args.length}`);
  const o = wdata(self).referent ?? None;
  incref(o);
  return o;
}

/** weakref_hash: hash(referent), cached; TypeError once dead if it was never computed. */
function refHash(self: PyObject): number | bigint {
  const d = wdata(self);
  if (d.hash !== null) return d.hash;
  const o = d.referent;
  if (o === null) typeError('weak object has gone away');
  o.refcnt++;
  try {
    d.hash = pyHash(o);
  } finally {
    decref(o);
  }
  return d.hash;
}

/**
 * weakref_richcompare: == and != only, between weakrefs; referents compared while both are alive,
 * identity otherwise. null means NotImplemented.
 */
function refCompare(self: PyObject, other: Value, op: number): boolean | null {
  if ((op !== CMP_EQ && op !== CMP_NE) || !isWeakref(other)) return null;
  const a = wdata(self).referent, b = wdata(other).referent;
  if (a === null || b === null) return (self === other) === (op === CMP_EQ);
  a.refcnt++;
  b.refcnt++;
  try {
    return compare(a, b, op);
  } finally {
    decref(a);
    decref(b);
  }
}

function refRepr(self: PyObject): string {
  const o = wdata(self).referent;
  if (o === null) return `<weakref at ${hexAddr(self)}; dead>`;
  o.refcnt++;
  try {
    let name = '';
    let n: Value | undefined;
    try {
      n = lookupAttr(o, '__name__');
    } catch (e) {
      if (!(e instanceof PyErr) || !isSubtype(e.exc.type, AttributeError)) throw e;
      decref(e.exc);
    }
    if (n !== undefined) {
      if (typeof n === 'object' && typeData(n.type).name === 'str') name = ` (${n.data as string})`;
      decref(n);
    }
    return `<weakref at ${hexAddr(self)}; to '${tpName(o)}' at ${hexAddr(o)}${name}>`;
  } finally {
    decref(o);
  }
}

const REF_METHODS: Record<string, NativeFn> = {
  __init__: () => None,
  __call__: (args, kwnames, self) => callRef(self as PyObject, args, kwnames),
  __hash__: (args, kwnames, self) => (checkArgs('__hash__', args, kwnames, 0, 0), intFromHash(refHash(self as PyObject))),
  __eq__: (args, kwnames, self) => {
    checkArgs('__eq__', args, kwnames, 1, 1);
    const r = refCompare(self as PyObject, args[0]!, CMP_EQ);
    return r === null ? NotImplemented : r ? True : False;
  },
  __ne__: (args, kwnames, self) => {
    checkArgs('__ne__', args, kwnames, 1, 1);
    const r = refCompare(self as PyObject, args[0]!, CMP_NE);
    return r === null ? NotImplemented : r ? True : False;
  },
  __repr__: (args, kwnames, self) => (checkArgs('__repr__', args, kwnames, 0, 0), newStrValue(refRepr(self as PyObject))),
};
for (const [name, fn] of Object.entries(REF_METHODS)) defineMethod(ReferenceType, name, fn);
typeData(ReferenceType).attrs.set('__new__', makeBuiltin('__new__', refNew, 'ReferenceType.__new__'));
const refCallDescr = typeData(ReferenceType).attrs.get('__call__');


// ---------------------------------------------------------------- proxies

/** The proxy's referent (borrowed), or ReferenceError once it died (proxy_check_ref). */
function referentOf(proxy: PyObject): PyObject {
  const o = wdata(proxy).referent;
  if (o === null) raise(ReferenceError, 'weakly-referenced object no longer exists');
  return o;
}

/** Runs `f` on the referent (kept alive meanwhile) of a proxy, or on `v` itself otherwise. */
function unwrapped<T>(v: Value, f: (u: Value) => T): T {
  if (typeof v !== 'object' || !isProxy(v)) return f(v);
  const o = referentOf(v);
  o.refcnt++;
  try {
    return f(o);
  } finally {
    decref(o);
  }
}

function proxyRepr(self: PyObject): string {
  const o = wdata(self).referent ?? None;
  return `<weakproxy at ${hexAddr(self)} to ${tpName(o)} at ${hexAddr(o)}>`;
}

const PROXY_METHODS: Record<string, NativeFn> = {
  __repr__: (args, kwnames, self) => (checkArgs('__repr__', args, kwnames, 0, 0), newStrValue(proxyRepr(self as PyObject))),
  __str__: (args, kwnames, self) => (checkArgs('__str__', args, kwnames, 0, 0), unwrapped(self!, (o) => newStrValue(str(o)))),
  __bool__: (args, kwnames, self) => (checkArgs('__bool__', args, kwnames, 0, 0), unwrapped(self!, (o) => (isTrue(o) ? True : False))),
};
for (const t of [ProxyType, CallableProxyType]) {
  for (const [name, fn] of Object.entries(PROXY_METHODS)) defineMethod(t, name, fn);
}
defineMethod(CallableProxyType, '__call__', (args, kwnames, self) =>
  unwrapped(self!, (o) => callObject(o, args, kwnames)));

// ---------------------------------------------------------------- protocol hooks

const prevCallOther = callHooks.callOther;
callHooks.callOther = (callable, args, kwnames) => {
  if (typeof callable === 'object') {
    const t = callable.type;
    if (t === ReferenceType) return callRef(callable, args, kwnames);
    if (t === CallableProxyType) return unwrapped(callable, (o) => callObject(o, args, kwnames));
    // A ref subclass that inherits ReferenceType.__call__.
    if (typeData(t).isHeapType && isSubtype(t, ReferenceType) && lookupInType(t, '__call__') === refCallDescr) {
      return callRef(callable, args, kwnames);
    }
  }
  return prevCallOther(callable, args, kwnames);
};

const prevHashKey = hashHooks.keyOther;
hashHooks.keyOther = (o) => {
  const t = o.type;
  // Weakrefs hash like their referent and are told apart by __eq__ (dict.ts probing).
  if (t === ReferenceType) return CUSTOM_HASH_PREFIX + refHash(o);
  if (t === ProxyType || t === CallableProxyType) typeError(`unhashable type: '${typeData(t).name}'`);
  return prevHashKey(o);
};

const prevCompare = compareHooks.richCompareOther;
compareHooks.richCompareOther = (a, b, op) => {
  if (typeof a === 'object' && typeof b === 'object') {
    if (isProxy(a) || isProxy(b)) {
      // proxy_richcompare: both sides unwrapped.
      return unwrapped(a, (x) => unwrapped(b, (y) => compare(x, y, op)));
    }
    if ((a.type === ReferenceType && isWeakref(b)) || (b.type === ReferenceType && isWeakref(a))) {
      const r = a.type === ReferenceType ? refCompare(a, b, op) : refCompare(b, a, op);
      if (r !== null) return r;
    }
  } else if ((typeof a === 'object' && isProxy(a)) || (typeof b === 'object' && isProxy(b))) {
    return unwrapped(a, (x) => unwrapped(b, (y) => compare(x, y, op)));
  }
  return prevCompare(a, b, op);
};

const isProxyValue = (v: Value): boolean => typeof v === 'object' && isProxy(v);

const prevGetOther = attrHooks.getOther;
attrHooks.getOther = (o, name) => {
  if (isProxy(o)) return unwrapped(o, (u) => getAttr(u, name));
  if (name === '__callback__' && isRef(o)) {
    const cb = wdata(o).callback ?? None;
    incref(cb);
    return cb;
  }
  return prevGetOther(o, name);
};

const prevSetOther = attrHooks.setOther;
attrHooks.setOther = (o, name, v) => {
  if (isProxyValue(o)) return unwrapped(o, (u) => setAttr(u, name, v));
  if (name === '__callback__' && typeof o === 'object' && isRef(o)) {
    raise(AttributeError, 'readonly attribute');
  }
  return prevSetOther(o, name, v);
};

const prevBinary = binaryHooks.binaryOther;
binaryHooks.binaryOther = (op, a, b) => {
  if (isProxyValue(a) || isProxyValue(b)) return unwrapped(a, (x) => unwrapped(b, (y) => binaryOp(op, x, y)));
  return prevBinary(op, a, b);
};

const prevUnary = binaryHooks.unaryOther;
binaryHooks.unaryOther = (op, v) => {
  if (isProxyValue(v)) return unwrapped(v, (x) => unaryOp(op, x));
  return prevUnary(op, v);
};

const prevGetItem = subscriptHooks.getItemOther;
subscriptHooks.getItemOther = (o, key) =>
  isProxyValue(o) ? unwrapped(o, (u) => getItem(u, key)) : prevGetItem(o, key);
const prevSetItem = subscriptHooks.setItemOther;
subscriptHooks.setItemOther = (o, key, v) =>
  isProxyValue(o) ? unwrapped(o, (u) => setItem(u, key, v)) : prevSetItem(o, key, v);
const prevDelItem = subscriptHooks.delItemOther;
subscriptHooks.delItemOther = (o, key) =>
  isProxyValue(o) ? unwrapped(o, (u) => delItem(u, key)) : prevDelItem(o, key);
const prevLen = subscriptHooks.lenOther;
subscriptHooks.lenOther = (o) => (isProxyValue(o) ? unwrapped(o, (u) => len(u)) : prevLen(o));
const prevContains = subscriptHooks.containsOther;
subscriptHooks.containsOther = (o, item) =>
  isProxyValue(o) ? unwrapped(o, (u) => contains(u, item)) : prevContains(o, item);

const prevGetIter = iterHooks.getIterOther;
iterHooks.getIterOther = (o) => (isProxy(o) ? unwrapped(o, (u) => getIter(u)) : prevGetIter(o));
const prevNext = iterHooks.iterNextOther;
iterHooks.iterNextOther = (it) => (isProxy(it) ? unwrapped(it, (u) => iterNext(u as PyObject)) : prevNext(it));

// ---------------------------------------------------------------- clearing (the heap's hooks)

/** Weakrefs whose callbacks wait for runQueued() (the collector's wrcb_to_call); each owned. */
let queued: PyObject[] = [];

function runCallback(wr: PyObject, cb: Value): void {
  // handle_callback: the callback's exception is unraisable, reported with the callback.
  callUnraisable(cb, [wr], cb);
}

export const weakrefHooks: WeakrefHooks = {
  clear(o: PyObject, inGc: boolean): void {
    const list = o.weakrefs as PyObject[] | null;
    if (list === null) return;
    o.weakrefs = null;
    if (inGc) {
      // handle_weakrefs: clear every weakref now; callbacks of weakrefs that are trash themselves
      // never run, the others wait for runQueued (the callback stays set, as in CPython).
      for (const wr of list) {
        wdata(wr).referent = null;
        if (wdata(wr).callback === null || (wr.gcFlags & GC_UNREACHABLE) !== 0) continue;
        wr.refcnt++;
        queued.push(wr);
      }
      return;
    }
    // PyObject_ClearWeakRefs: clear all first, then call the callbacks in list order. A weakref
    // whose own refcount is already zero (waiting on the trashcan) gets no call. A weakref that
    // is trash of the running collection gets none either (bpo-38006: its callback could see
    // objects tp_clear already emptied).
    const calls: [PyObject, Value][] = [];
    for (const wr of list) {
      const d = wdata(wr);
      d.referent = null;
      const cb = d.callback;
      d.callback = null;
      if (cb === null) continue;
      if (wr.refcnt > 0 && (wr.gcFlags & GC_UNREACHABLE) === 0) {
        wr.refcnt++;
        calls.push([wr, cb]);
      } else decref(cb);
    }
    for (let i = 0; i < calls.length; i++) {
      const [wr, cb] = calls[i]!;
      try {
        runCallback(wr, cb);
      } finally {
        decref(cb);
        decref(wr);
      }
    }
  },
  runQueued(): number {
    // Returns how many of the weakrefs died with our reference (num_freed in handle_weakrefs).
    let freed = 0;
    while (queued.length > 0) {
      const batch = queued;
      queued = [];
      for (const wr of batch) {
        const cb = wdata(wr).callback;
        try {
          if (cb !== null) {
            incref(cb);
            try {
              runCallback(wr, cb);
            } finally {
              decref(cb);
            }
          }
        } finally {
          decref(wr);
          if ((wr.gcFlags & GC_FREED) !== 0) freed++;
        }
      }
    }
    return freed;
  },
};

/** Called by runProgram for each new heap: installs the hooks and forgets the last run's lists. */
export function installWeakrefs(h: Heap): void {
  for (const o of staticReferents) o.weakrefs = null;
  staticReferents.clear();
  queued = [];
  h.weakrefHooks = weakrefHooks;
}

/**
 * At exit, before module teardown (CPython's atexit handlers): weakref.finalize objects with
 * atexit=True run, newest first. Only when the program imported weakref. Errors are reported
 * and swallowed as atexit does.
 */
export function runWeakrefAtExit(): void {
  const modules = importState.modules;
  if (modules === null) return;
  const key = newStrValue('weakref');
  const mod = dictGet(modules, key);
  decref(key);
  if (mod === undefined || typeof mod !== 'object' || mod.type !== ModuleType) return;
  let fin: Value | undefined;
  try {
    fin = lookupAttr(mod, 'finalize');
    if (fin === undefined) return;
    const exitfunc = lookupAttr(fin, '_exitfunc');
    if (exitfunc === undefined) return;
    // No frame holds these two while the call runs: roots for the heap verifier.
    const roots = tstate.extraRoots;
    const held = fin;
    tstate.extraRoots = () => [...roots(), held, exitfunc];
    try {
      decref(callObject(exitfunc, [], null));
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      runtimeIO.flush();
      runtimeIO.stderr(`Exception ignored in atexit callback: ${repr(exitfunc)}\n` + formatException(e.exc));
      decref(e.exc);
    } finally {
      tstate.extraRoots = roots;
      decref(exitfunc);
    }
  } finally {
    if (fin !== undefined) decref(fin);
  }
}

// ---------------------------------------------------------------- the module

const FUNCTIONS: Record<string, NativeFn> = {
  getweakrefcount: (args, kwnames) => {
    checkArgs('getweakrefcount', args, kwnames, 1, 1);
    const o = args[0]!;
    return typeof o === 'object' && o.weakrefs !== null ? (o.weakrefs as PyObject[]).length : 0;
  },
  getweakrefs: (args, kwnames) => {
    checkArgs('getweakrefs', args, kwnames, 1, 1);
    const o = args[0]!;
    const list = typeof o === 'object' && o.weakrefs !== null ? (o.weakrefs as PyObject[]).slice() : [];
    for (const wr of list) wr.refcnt++;
    return newList(list);
  },
  proxy: (args, kwnames) => {
    checkArgs('proxy', args, kwnames, 1, 2);
    return newProxy(args[0]!, args[1]);
  },
  /** _remove_dead_weakref(dict, key): del dict[key] if its value is a dead weakref. */
  _remove_dead_weakref: (args, kwnames) => {
    checkArgs('_remove_dead_weakref', args, kwnames, 2, 2);
    const d = args[0]!;
    if (typeof d !== 'object' || typeData(d.type).name !== 'dict') typeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeName(d)}`);
    const v = dictGet(d, args[1]!);
    if (v !== undefined && isWeakref(v) && wdata(v).referent === null) dictDel(d, args[1]!);
    return None;
  },
  /** What finalize._exitfunc uses for sys.excepthook: print the exception's traceback on stderr. */
  _print_exception: (args, kwnames) => {
    checkArgs('_print_exception', args, kwnames, 1, 1);
    const exc = args[0]!;
    if (typeof exc === 'object') {
      runtimeIO.flush();
      runtimeIO.stderr(formatException(exc));
    }
    return None;
  },
};

let builtins: [string, PyObject][] | null = null;

defineNativeModule('_weakref', (dict) => {
  builtins ??= Object.entries(FUNCTIONS).map(([name, fn]) => [name, makeBuiltin(name, fn, name, '_weakref')]);
  for (const [name, f] of builtins) setAttrSteal(dict, name, f);
  setAttrSteal(dict, 'ref', ReferenceType);
  setAttrSteal(dict, 'ReferenceType', ReferenceType);
  setAttrSteal(dict, 'ProxyType', ProxyType);
  setAttrSteal(dict, 'CallableProxyType', CallableProxyType);
});

