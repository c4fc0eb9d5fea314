// The operator module (Lib/operator.py / Modules/_operator.c): the interpreter's own operations
// as functions, plus itemgetter, attrgetter and methodcaller. Those three return native
// callables (builtin functions whose `self` tuple owns the captured values), so their repr is
// not CPython's `operator.itemgetter(...)`.

import type { PyObject, Value } from '@pyarena/memory';
import {
  CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_INPLACE_OFFSET,
  NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_RSHIFT, NB_SUBTRACT,
  NB_TRUE_DIVIDE, NB_XOR, UNARY_INVERT, UNARY_NEGATIVE, UNARY_POSITIVE,
} from '@pyarena/compiler';
import type { BuiltinData, NativeFn } from '../objects/types';
import { BuiltinFunctionType, ListType, TupleType } from '../objects/types';
import { None, bool, intFromBigInt, newObjectOfType, newTuple } from '../objects/constructors';
import { checkArgs, makeBuiltin } from '../objects/builtin-function';
import { typeName } from '../objects/typeobject';
import { ValueError, raise, typeError } from '../errors';
import { decref, decrefAll, newRef } from '../refs';
import { binaryOp, unaryOp } from '../ops/binary';
import { equals, isTrue, richCompare } from '../ops/compare';
import { contains, delItem, getItem, setItem } from '../ops/subscript';
import { getAttr } from '../ops/attr';
import { getIter, iterNext } from '../ops/iter';
import { callObject } from '../call';
import { BUILTIN_FUNCTIONS } from '../builtins/functions';
import { argIndex, isStr } from './args';
import { defineNativeModule, setAttrSteal } from './registry';

function binary(name: string, op: number): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 2, 2);
    return binaryOp(op, args[0]!, args[1]!);
  };
}

function comparison(name: string, op: number): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 2, 2);
    return richCompare(args[0]!, args[1]!, op);
  };
}

function unary(name: string, op: number): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 1);
    return unaryOp(op, args[0]!);
  };
}

function fn2(name: string, f: (a: Value, b: Value) => Value): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 2, 2);
    return f(args[0]!, args[1]!);
  };
}

/** A native callable owning `stolenState` (a tuple) as its self. */
function closure(name: string, stolenState: PyObject, fn: NativeFn): PyObject {
  const data: BuiltinData = { name, fn, self: stolenState, qualname: name, isDescriptor: false, owner: null, slot: 0 };
  return newObjectOfType(BuiltinFunctionType, data);
}

const itemgetter: NativeFn = (args, kwnames) => {
  checkArgs('itemgetter', args, kwnames, 1, Infinity);
  for (const a of args) newRef(a);
  const state = newTuple(args.slice());
  return closure('itemgetter', state, (cargs, ckw, self) => {
    checkArgs('itemgetter', cargs, ckw, 1, 1);
    const items = (self as PyObject).data as Value[];
    if (items.length === 1) return getItem(cargs[0]!, items[0]!);
    const out: Value[] = [];
    try {
      for (const k of items) out.push(getItem(cargs[0]!, k));
    } catch (e) {
      decrefAll(out);
      throw e;
    }
    return newTuple(out);
  });
};

/** Follows a dotted attribute path: a new reference. */
function resolveDotted(obj: Value, path: string): Value {
  let cur = newRef(obj);
  for (const part of path.split('.')) {
    try {
      const next = getAttr(cur, part);
      decref(cur);
      cur = next;
    } catch (e) {
      decref(cur);
      throw e;
    }
  }
  return cur;
}

const attrgetter: NativeFn = (args, kwnames) => {
  checkArgs('attrgetter', args, kwnames, 1, Infinity);
  for (const a of args) if (!isStr(a)) typeError('attribute name must be a string');
  for (const a of args) newRef(a);
  const state = newTuple(args.slice());
  return closure('attrgetter', state, (cargs, ckw, self) => {
    checkArgs('attrgetter', cargs, ckw, 1, 1);
    const names = ((self as PyObject).data as PyObject[]).map((s) => s.data as string);
    if (names.length === 1) return resolveDotted(cargs[0]!, names[0]!);
    const out: Value[] = [];
    try {
      for (const n of names) out.push(resolveDotted(cargs[0]!, n));
    } catch (e) {
      decrefAll(out);
      throw e;
    }
    return newTuple(out);
  });
};

const methodcaller: NativeFn = (args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  if (args.length - nkw < 1) typeError('methodcaller needs at least one argument, the method name');
  if (!isStr(args[0]!)) typeError('method name must be a string');
  const names = kwnames === null ? [] : [...kwnames];
  for (const a of args) newRef(a);
  // state = (name, *positional, *keyword values); the keyword names are plain strings.
  const state = newTuple(args.slice());
  return closure('methodcaller', state, (cargs, ckw, self) => {
    checkArgs('methodcaller', cargs, ckw, 1, 1);
    const [name, ...rest] = (self as PyObject).data as Value[];
    const method = getAttr(cargs[0]!, (name as PyObject).data as string);
    try {
      return callObject(method, rest, names.length > 0 ? names : null);
    } finally {
      decref(method);
    }
  });
};

const countOf: NativeFn = (args, kwnames) => {
  checkArgs('countOf', args, kwnames, 2, 2);
  let n = 0;
  scan(args[0]!, (v) => { if (equals(v, args[1]!)) n++; return false; });
  return n;
};

const indexOf: NativeFn = (args, kwnames) => {
  checkArgs('indexOf', args, kwnames, 2, 2);
  let i = 0;
  if (scan(args[0]!, (v) => { if (equals(v, args[1]!)) return true; i++; return false; })) return i;
  raise(ValueError, 'sequence.index(x): x not in sequence');
};

/** Iterates until `f` returns true; returns whether it did. */
function scan(iterable: Value, f: (v: Value) => boolean): boolean {
  const it = getIter(iterable);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return false;
      try {
        if (f(v)) return true;
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

const concat: NativeFn = (args, kwnames) => {
  checkArgs('concat', args, kwnames, 2, 2);
  const a = args[0]!;
  if (typeof a === 'number' || (a.type !== ListType && a.type !== TupleType && !isStr(a) && typeName(a) !== 'bytes')) {
    typeError(`'${typeName(a)}' object can't be concatenated`);
  }
  return binaryOp(NB_ADD, a, args[1]!);
};

const BINARY: [string, number][] = [
  ['add', NB_ADD], ['sub', NB_SUBTRACT], ['mul', NB_MULTIPLY], ['truediv', NB_TRUE_DIVIDE],
  ['floordiv', NB_FLOOR_DIVIDE], ['mod', NB_REMAINDER], ['pow', NB_POWER], ['and_', NB_AND],
  ['or_', NB_OR], ['xor', NB_XOR], ['lshift', NB_LSHIFT], ['rshift', NB_RSHIFT], ['matmul', NB_MATRIX_MULTIPLY],
];

const FUNCTIONS: Record<string, NativeFn> = {
  eq: comparison('eq', CMP_EQ), ne: comparison('ne', CMP_NE), lt: comparison('lt', CMP_LT),
  le: comparison('le', CMP_LE), gt: comparison('gt', CMP_GT), ge: comparison('ge', CMP_GE),
  neg: unary('neg', UNARY_NEGATIVE), pos: unary('pos', UNARY_POSITIVE),
  invert: unary('invert', UNARY_INVERT), inv: unary('inv', UNARY_INVERT),
  abs: BUILTIN_FUNCTIONS.abs!,
  not_: (args, kwnames) => { checkArgs('not_', args, kwnames, 1, 1); return bool(!isTrue(args[0]!)); },
  truth: (args, kwnames) => { checkArgs('truth', args, kwnames, 1, 1); return bool(isTrue(args[0]!)); },
  is_: fn2('is_', (a, b) => bool(a === b)),
  is_not: fn2('is_not', (a, b) => bool(a !== b)),
  contains: fn2('contains', (a, b) => bool(contains(a, b))),
  getitem: fn2('getitem', (a, b) => getItem(a, b)),
  delitem: fn2('delitem', (a, b) => { delItem(a, b); return None; }),
  setitem: (args, kwnames) => {
    checkArgs('setitem', args, kwnames, 3, 3);
    setItem(args[0]!, args[1]!, args[2]!);
    return None;
  },
  index: (args, kwnames) => { checkArgs('index', args, kwnames, 1, 1); return intFromBigInt(argIndex(args[0]!)); },
  concat, countOf, indexOf, itemgetter, attrgetter, methodcaller,
};
for (const [name, op] of BINARY) {
  FUNCTIONS[name] = binary(name, op);
  const iname = 'i' + name.replace(/_$/, '');
  FUNCTIONS[iname] = binary(iname, op + NB_INPLACE_OFFSET);
  FUNCTIONS[`__${name.replace(/_$/, '')}__`] = FUNCTIONS[name]!;
}
FUNCTIONS.iconcat = (args, kwnames) => {
  checkArgs('iconcat', args, kwnames, 2, 2);
  return binaryOp(NB_ADD + NB_INPLACE_OFFSET, args[0]!, args[1]!);
};

let builtins: [string, PyObject][] | null = null;

defineNativeModule('operator', (dict) => {
  builtins ??= Object.entries(FUNCTIONS).map(([name, fn]) => {
    const plain = name.replace(/^__(.*)__$/, '$1'); // operator.__add__ is operator.add
    return [name, makeBuiltin(plain, fn, plain, '_operator')];
  });
  for (const [name, f] of builtins) setAttrSteal(dict, name, f);
});
