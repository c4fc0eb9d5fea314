// The builtin functions of the subset (Python/bltinmodule.c). Each returns a new reference and
// borrows its arguments.

import type { PyObject, Value } from '@pyarena/memory';
import type { CompositeIterData, NativeFn } from '../objects/types';
import {
  BoolType, EnumerateType, FilterType, FloatType, IntType, ListType, MapType, ReversedType, StrType,
  TupleType, TypeType, ZipType, DictType, RangeType, BuiltinFunctionType, FunctionType,
  DictKeysType, DictValuesType, DictItemsType,
} from '../objects/types';
import {
  False, None, True, bool, intFromBigInt, intFromNumber, newFloat, newList, newStr, newTuple,
  newObjectOfType,
} from '../objects/constructors';
import { checkArgs, makeBuiltin, splitArgs } from '../objects/builtin-function';
import { newResultTuple } from '../objects/result-tuple';
import { isSubtype, lookupInType, typeData, typeName } from '../objects/typeobject';
import {
  raise, typeError, valueError, StopIteration, newException, PyErr, ValueError, OverflowError,
  isExceptionType, AttributeError,
} from '../errors';
import { decref, decrefAll, incref } from '../refs';
import { repr, str } from '../ops/repr';
import { compare, isTrue } from '../ops/compare';
import { CMP_GT, CMP_LT, NB_ADD, NB_FLOOR_DIVIDE, NB_POWER, NB_REMAINDER, NB_MULTIPLY } from '@pyarena/compiler';
import { getIter, iterNext, iterateToArray, isIterator } from '../ops/iter';
import { len, newRange } from '../ops/subscript';
import type { RangeData } from '../objects/types';
import { binaryOp } from '../ops/binary';
import { getAttr, lookupAttr, lookupAttrOrMissing, setAttr } from '../ops/attr';
import { floatDivmod, toBigInt, toDouble, isIntLike } from '../ops/numbers';
import { callObject } from '../call';
import { intFromHash, pyHash } from '../ops/hash';
import { objectId } from '../ops/pyhash';
import { formatBuiltin } from '../ops/format';
import { evalHooks, asciiRepr } from '../ops/eval-helpers';
import { runtimeIO } from '../io';
import { allocatedAfterExtend, lengthHint } from '../objects/list';
import { sortValues } from './sort';
import { tstate } from '../tstate';
import { newDict as newDictLocal } from '../objects/constructors';
import { dictSet as dictSetLocal } from '../objects/dict';
import type { DictTable } from '../objects/dict-table';
import { ModuleType as ModuleTypeLocal } from '../objects/types';
import { makeNativeIterator } from '../objects/native-iterator';
import { GeneratorType, resume } from '../objects/generator';
import { exactDecimal } from '../ops/float-digits';

function kwOnly(name: string, args: Value[], kwnames: readonly string[] | null, allowed: string[]) {
  return splitArgs(name, args, kwnames, allowed);
}

const print: NativeFn = (args, kwnames) => {
  const [pos, kw] = kwOnly('print', args, kwnames, ['sep', 'end', 'file', 'flush']);
  const textOf = (v: Value | undefined, dflt: string, what: string): string => {
    if (v === undefined || v === None) return dflt;
    if (typeof v === 'object' && v.type === StrType) return v.data as string;
    typeError(`${what} must be None or a string, not ${typeName(v)}`);
  };
  const sep = textOf(kw.get('sep'), ' ', 'sep');
  const end = textOf(kw.get('end'), '\n', 'end');
  let out = '';
  for (let i = 0; i < pos.length; i++) {
    if (i > 0) out += sep;
    out += str(pos[i]!);
  }
  const file = kw.get('file');
  if (file !== undefined && file !== None) {
    const write = getAttr(file, 'write');
    const s = newStr(out + end);
    try {
      decref(callObject(write, [s], null));
    } finally {
      decref(s);
      decref(write);
    }
    return None;
  }
  runtimeIO.stdout(out + end);
  return None;
};

const lenFn: NativeFn = (args, kwnames) => {
  checkArgs('len', args, kwnames, 1, 1);
  return intFromNumber(len(args[0]!));
};

const reprFn: NativeFn = (args, kwnames) => {
  checkArgs('repr', args, kwnames, 1, 1);
  return newStr(repr(args[0]!));
};

const asciiFn: NativeFn = (args, kwnames) => {
  checkArgs('ascii', args, kwnames, 1, 1);
  return newStr(asciiRepr(args[0]!));
};

const absFn: NativeFn = (args, kwnames) => {
  checkArgs('abs', args, kwnames, 1, 1);
  const v = args[0]!;
  if (typeof v === 'number') return Math.abs(v);
  if (v.type === FloatType) return newFloat(Math.abs(v.data as number));
  if (v.type === IntType || v.type === BoolType) {
    const b = toBigInt(v);
    return intFromBigInt(b < 0n ? -b : b);
  }
  const m = lookupAttr(v, '__abs__');
  if (m !== undefined) {
    try {
      return callObject(m, [], null);
    } finally {
      decref(m);
    }
  }
  typeError(`bad operand type for abs(): '${typeName(v)}'`);
};

function minMax(name: 'min' | 'max', op: number): NativeFn {
  return (args, kwnames) => {
    const [pos, kw] = kwOnly(name, args, kwnames, ['key', 'default']);
    const key = kw.get('key');
    const dflt = kw.get('default');
    if (pos.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
    let items: Value[];
    if (pos.length === 1) items = iterateToArray(pos[0]!);
    else {
      if (dflt !== undefined) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      items = pos.slice();
      for (const v of items) incref(v);
    }
    try {
      if (items.length === 0) {
        if (dflt !== undefined) {
          incref(dflt);
          return dflt;
        }
        valueError(`${name}() arg is an empty sequence`);
      }
      const useKey = key !== undefined && key !== None;
      let best = items[0]!;
      let bestKey = useKey ? callObject(key, [best], null) : best;
      try {
        for (let i = 1; i < items.length; i++) {
          const v = items[i]!;
          const k = useKey ? callObject(key, [v], null) : v;
          let better: boolean;
          try {
            better = compare(k, bestKey, op);
          } catch (e) {
            if (useKey) decref(k); // the key results are ours: an uncomparable one must not leak
            throw e;
          }
          if (better) {
            if (useKey) decref(bestKey);
            best = v;
            bestKey = k;
          } else if (useKey) decref(k);
        }
      } finally {
        if (useKey) decref(bestKey);
      }
      incref(best);
      return best;
    } finally {
      decrefAll(items);
    }
  };
}

const sumFn: NativeFn = (args, kwnames) => {
  const [pos, kw] = kwOnly('sum', args, kwnames, ['start']);
  if (pos.length < 1 || pos.length > 2) typeError(`sum() takes at most 2 arguments (${pos.length} given)`);
  let acc: Value = pos[1] ?? kw.get('start') ?? 0;
  if (typeof acc === 'object') {
    if (acc.type === StrType) typeError("sum() can't sum strings [use ''.join(seq) instead]");
    incref(acc);
  }
  const it = getIter(pos[0]!);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) break;
      let next: Value;
      if (typeof acc === 'number' && typeof v === 'number' && Number.isSafeInteger(acc + v)) next = acc + v;
      else {
        try {
          next = binaryOp(NB_ADD, acc, v);
        } catch (e) {
          decref(v);
          throw e;
        }
      }
      decref(acc);
      decref(v);
      acc = next;
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    decref(it);
  }
  return acc;
};

/** isinstance(obj, cls) with tuples of classes (PyObject_IsInstance). */
export function isInstance(v: Value, cls: Value): boolean {
  if (typeof cls === 'object' && cls.type === TupleType) {
    return (cls.data as Value[]).some((c) => isInstance(v, c));
  }
  if (typeof cls !== 'object' || !isSubtype(cls.type, TypeType)) {
    typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  }
  const t = typeof v === 'number' ? IntType : v.type;
  return isSubtype(t, cls);
}

const isinstanceFn: NativeFn = (args, kwnames) => {
  checkArgs('isinstance', args, kwnames, 2, 2);
  return bool(isInstance(args[0]!, args[1]!));
};

const issubclassFn: NativeFn = (args, kwnames) => {
  checkArgs('issubclass', args, kwnames, 2, 2);
  const [c, cls] = args as [Value, Value];
  if (typeof c !== 'object' || !isSubtype(c.type, TypeType)) typeError('issubclass() arg 1 must be a class');
  const classes = typeof cls === 'object' && cls.type === TupleType ? (cls.data as Value[]) : [cls];
  for (const k of classes) {
    if (typeof k !== 'object' || !isSubtype(k.type, TypeType)) {
      typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
    }
    if (isSubtype(c, k)) return True;
  }
  return False;
};

function compositeIter(type: PyObject, refs: Value[], index = 0, result: PyObject | null = null): PyObject {
  const data: CompositeIterData = { refs, index, result };
  return newObjectOfType(type, data);
}

const enumerateFn: NativeFn = (args, kwnames) => {
  const [pos, kw] = kwOnly('enumerate', args, kwnames, ['iterable', 'start']);
  const iterable = pos[0] ?? kw.get('iterable');
  if (iterable === undefined) typeError("enumerate() missing required argument 'iterable' (pos 1)");
  const start = pos[1] ?? kw.get('start') ?? 0;
  if (typeof start !== 'number') typeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
  return compositeIter(EnumerateType, [getIter(iterable)], start, newResultTuple(2));
};

const zipFn: NativeFn = (args, kwnames) => {
  const [pos, kw] = kwOnly('zip', args, kwnames, ['strict']);
  if (kw.has('strict') && isTrue(kw.get('strict')!)) return strictZip(pos);
  const its: Value[] = [];
  try {
    for (const a of pos) its.push(getIter(a));
  } catch (e) {
    decrefAll(its);
    throw e;
  }
  return compositeIter(ZipType, its, 0, newResultTuple(its.length));
};

/** zip(..., strict=True): a native iterator that checks every argument ends together. */
function strictZip(pos: Value[]): PyObject {
  const its: PyObject[] = [];
  try {
    for (const a of pos) its.push(getIter(a));
  } catch (e) {
    decrefAll(its);
    throw e;
  }
  const holder = newList(its);
  const it = makeNativeIterator(() => {
    const items: Value[] = [];
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i]!);
      if (v === undefined) {
        decrefAll(items);
        if (i > 0) valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : '-' + i}`);
        for (let j = 1; j < its.length; j++) {
          const w = iterNext(its[j]!);
          if (w !== undefined) {
            decref(w);
            valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : '-' + j}`);
          }
        }
        return undefined;
      }
      items.push(v);
    }
    return newTuple(items);
  }, holder);
  decref(holder);
  return it;
}

const mapFn: NativeFn = (args, kwnames) => {
  checkArgs('map', args, kwnames, 2, Infinity);
  const refs: Value[] = [args[0]!];
  incref(args[0]!);
  try {
    for (const a of args.slice(1)) refs.push(getIter(a));
  } catch (e) {
    decrefAll(refs);
    throw e;
  }
  return compositeIter(MapType, refs);
};

const filterFn: NativeFn = (args, kwnames) => {
  checkArgs('filter', args, kwnames, 2, 2);
  incref(args[0]!);
  return compositeIter(FilterType, [args[0]!, getIter(args[1]!)]);
};

const reversedFn: NativeFn = (args, kwnames) => {
  checkArgs('reversed', args, kwnames, 1, 1);
  const v = args[0]!;
  if (typeof v === 'object' && (v.type === ListType || v.type === TupleType || v.type === StrType)) {
    incref(v);
    return compositeIter(ReversedType, [v], len(v) - 1);
  }
  if (typeof v === 'object' && (v.type === DictType || v.type === DictKeysType || v.type === DictValuesType || v.type === DictItemsType)) {
    // Dicts and their views iterate backwards in insertion order (3.8+).
    const items = iterateToArray(v);
    const list = newList(items);
    const it = compositeIter(ReversedType, [list], items.length - 1);
    return it;
  }
  if (typeof v === 'object' && v.type === RangeType) {
    const r = v.data as RangeData;
    const last = r.start + (r.length - 1n) * r.step;
    return newRangeTemp(last, r.start - r.step, -r.step);
  }
  const m = lookupAttr(v, '__reversed__');
  if (m !== undefined) {
    try {
      return callObject(m, [], null);
    } finally {
      decref(m);
    }
  }
  typeError(`'${typeName(v)}' object is not reversible`);
};

/** A temporary range whose only reference is handed to getIter (the iterator keeps none). */
function newRangeTemp(start: bigint, stop: bigint, step: bigint): PyObject {
  const r = newRange(start, stop, step);
  const it = getIter(r);
  decref(r);
  return it;
}

const sortedFn: NativeFn = (args, kwnames) => {
  const [pos, kw] = kwOnly('sorted', args, kwnames, ['key', 'reverse']);
  if (pos.length !== 1) typeError(`sorted expected 1 argument, got ${pos.length}`);
  // PySequence_List: list_extend into a new list (its block from the length hint), then sort.
  const hint = lengthHint(pos[0]!, 8);
  const items = iterateToArray(pos[0]!);
  const list = newList(items, allocatedAfterExtend(hint, items.length));
  try {
    sortValues(items, kw.get('key') ?? None, isTrue(kw.get('reverse') ?? False));
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
};

const iterFn: NativeFn = (args, kwnames) => {
  checkArgs('iter', args, kwnames, 1, 1);
  return getIter(args[0]!);
};

const nextFn: NativeFn = (args, kwnames) => {
  checkArgs('next', args, kwnames, 1, 2);
  const it = args[0]!;
  if (typeof it === 'number' || !isIteratorLike(it)) typeError(`'${typeName(it)}' object is not an iterator`);
  if (it.type === GeneratorType && args.length === 1) {
    // A generator's return value travels in the StopIteration, as CPython's gen_send_ex.
    const [value, done] = resume(it, None);
    if (!done) return value;
    throw new PyErr(newException(StopIteration, value === None ? [] : [value]));
  }
  const v = iterNext(it);
  if (v !== undefined) return v;
  if (args.length === 2) {
    incref(args[1]!);
    return args[1]!;
  }
  throw new PyErr(newException(StopIteration, []));
};

function isIteratorLike(v: PyObject): boolean {
  if (isIterator(v) || typeData(v.type).name === 'generator') return true;
  const next = lookupAttr(v, '__next__');
  if (next === undefined) return false;
  decref(next);
  return true;
}

const chrFn: NativeFn = (args, kwnames) => {
  checkArgs('chr', args, kwnames, 1, 1);
  const arg = args[0]!;
  if (typeof arg !== 'number' && arg.type !== BoolType && arg.type !== IntType) {
    typeError(`'${typeName(arg)}' object cannot be interpreted as an integer`);
  }
  // A C int argument: past 32 bits it is an OverflowError before the range check (chr(2**31)).
  const v = typeof arg === 'number' ? arg : arg.type === BoolType ? (arg.data ? 1 : 0) : toBigInt(arg) < 0n ? -Infinity : Infinity;
  if (v > 2 ** 31 - 1 || v < -(2 ** 31)) raise(OverflowError, 'Python int too large to convert to C int');
  if (v < 0 || v > 0x10ffff) valueError('chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(v));
};

const ordFn: NativeFn = (args, kwnames) => {
  checkArgs('ord', args, kwnames, 1, 1);
  const v = args[0]!;
  if (typeof v === 'object' && v.type === StrType) {
    const s = v.data as string;
    const chars = [...s];
    if (chars.length !== 1) typeError(`ord() expected a character, but string of length ${chars.length} found`);
    return s.codePointAt(0)!;
  }
  const b = bytesLike(v); // bytes and bytearray of length 1
  if (b !== null) {
    if (b.length !== 1) typeError(`ord() expected a character, but string of length ${b.length} found`);
    return b[0]!;
  }
  typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
};

/** round(x[, n]) with banker's rounding, as CPython (exact for floats via their decimal form). */
const roundFn: NativeFn = (args, kwnames) => {
  const [pos, kw] = kwOnly('round', args, kwnames, ['number', 'ndigits']);
  const x = pos[0] ?? kw.get('number');
  const nd = pos[1] ?? kw.get('ndigits') ?? None;
  if (x === undefined) typeError("round() missing required argument 'number' (pos 1)");
  if (isIntLike(x)) {
    if (nd === None || (typeof nd === 'number' && nd >= 0)) return intFromBigInt(toBigInt(x));
    const p = 10n ** BigInt(-(nd as number));
    const b = toBigInt(x);
    let q = b / p;
    let r = b % p;
    if (r < 0n) { r += p; q -= 1n; }
    if (2n * r > p || (2n * r === p && q % 2n !== 0n)) q += 1n;
    return intFromBigInt(q * p);
  }
  if (typeof x === 'object' && x.type === FloatType) {
    const f = x.data as number;
    if (nd === None) {
      if (!Number.isFinite(f)) {
        if (Number.isNaN(f)) valueError('cannot convert float NaN to integer');
        raise(OverflowError, 'cannot convert float infinity to integer');
      }
      let r = Math.round(f);
      if (Math.abs(f % 1) === 0.5 && r % 2 !== 0) r -= 1; // ties to even
      return intFromNumber(r);
    }
    if (typeof nd !== 'number') typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`);
    return newFloat(roundFloat(f, nd));
  }
  const m = lookupAttr(x, '__round__');
  if (m !== undefined) {
    try {
      return callObject(m, nd === None ? [] : [nd], null);
    } finally {
      decref(m);
    }
  }
  typeError(`type ${typeName(x)} doesn't define __round__ method`);
};

/** Correctly rounded round(f, n): decide on the exact decimal expansion of the double. */
function roundFloat(f: number, n: number): number {
  if (!Number.isFinite(f) || f === 0) return f;
  if (n > 22) return f;
  const [intPart, fracPart] = exactDecimal(Math.abs(f));
  const digits = intPart! + fracPart.padEnd(Math.max(n, 0), '0');
  const pointPos = intPart!.length + n;
  if (pointPos <= 0) return f < 0 ? -0 : 0;
  const kept = digits.slice(0, pointPos);
  const rest = digits.slice(pointPos);
  let q = BigInt(kept || '0');
  const half = rest.length > 0 ? rest[0]! : '0';
  const tail = rest.slice(1).replace(/0+$/, '');
  if (half > '5' || (half === '5' && (tail.length > 0 || q % 2n === 1n))) q += 1n;
  const text = n >= 0 ? `${q}e-${n}` : `${q}e${-n}`;
  const r = Number(text);
  return f < 0 ? -r : r;
}

const divmodFn: NativeFn = (args, kwnames) => {
  checkArgs('divmod', args, kwnames, 2, 2);
  const [a, b] = args as [Value, Value];
  if (isComplex(a) || isComplex(b)) typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
  if ((typeof a === 'object' && a.type === FloatType) || (typeof b === 'object' && b.type === FloatType)) {
    const x = toDouble(a), y = toDouble(b);
    if (y === 0) raise(ZeroDivisionError, 'float divmod()');
    const [q, r] = floatDivmod(x, y);
    return newTuple([newFloat(q), newFloat(r)]);
  }
  const q = binaryOp(NB_FLOOR_DIVIDE, a, b);
  const r = binaryOp(NB_REMAINDER, a, b);
  return newTuple([q, r]);
};

import { ZeroDivisionError } from '../errors';

/** The inverse of a modulo m (0 <= a < m), by the extended Euclidean algorithm; ValueError if none. */
function modularInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [m, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) valueError('base is not invertible for the given modulus');
  return ((t0 % m) + m) % m;
}

const powFn: NativeFn = (args, kwnames) => {
  checkArgs('pow', args, kwnames, 2, 3);
  if (args.length === 3 && args[2] !== None) {
    const intArg = (v: Value): boolean => typeof v === 'number' || isSubtype(v.type, IntType);
    if (!args.every(intArg)) {
      if (args.every((v) => intArg(v) || (typeof v === 'object' && isSubtype(v.type, FloatType)))) typeError('pow() 3rd argument not allowed unless all arguments are integers');
      typeError(`unsupported operand type(s) for ** or pow(): '${typeName(args[0]!)}', '${typeName(args[1]!)}', '${typeName(args[2]!)}'`);
    }
    const [b, e, m] = args.map(toBigInt) as [bigint, bigint, bigint];
    if (m === 0n) valueError('pow() 3rd argument cannot be 0');
    // long_pow: work modulo |m|; a negative exponent takes the inverse of the base first.
    const mod = m < 0n ? -m : m;
    let base = ((b % mod) + mod) % mod;
    let exp = e;
    if (exp < 0n) {
      base = modularInverse(base, mod);
      exp = -exp;
    }
    let result = 1n % mod;
    while (exp > 0n) {
      if (exp & 1n) result = (result * base) % mod;
      base = (base * base) % mod;
      exp >>= 1n;
    }
    if (m < 0n && result !== 0n) result -= mod; // the result takes the modulus' sign
    return intFromBigInt(result);
  }
  return binaryOp(NB_POWER, args[0]!, args[1]!);
};

const idFn: NativeFn = (args, kwnames) => {
  checkArgs('id', args, kwnames, 1, 1);
  const v = args[0]!;
  if (typeof v === 'number') return intFromNumber(smallIntId(v));
  return intFromNumber(objectId(v));
}

/** Immediates have no address: give each small int a stable fake one in a reserved range. */
function smallIntId(n: number): number {
  return 0x7e0000000000 + (n & 0xffffffff) * 32;
}

const hashFn: NativeFn = (args, kwnames) => {
  checkArgs('hash', args, kwnames, 1, 1);
  return intFromHash(pyHash(args[0]!));
};

const anyFn: NativeFn = (args, kwnames) => {
  checkArgs('any', args, kwnames, 1, 1);
  return bool(scan(args[0]!, true));
};
const allFn: NativeFn = (args, kwnames) => {
  checkArgs('all', args, kwnames, 1, 1);
  return bool(!scan(args[0]!, false));
};
/** True when some item's truth equals `want` (stops early). */
function scan(iterable: Value, want: boolean): boolean {
  const it = getIter(iterable);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return false;
      const t = isTrue(v);
      decref(v);
      if (t === want) return true;
    }
  } finally {
    decref(it);
  }
}

function radix(name: string, base: number, prefix: string): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 1);
    const v = args[0]!;
    if (!isIntLike(v)) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    const b = toBigInt(v);
    return newStr((b < 0n ? '-' : '') + prefix + (b < 0n ? -b : b).toString(base));
  };
}

const callableFn: NativeFn = (args, kwnames) => {
  checkArgs('callable', args, kwnames, 1, 1);
  const v = args[0]!;
  if (typeof v === 'number') return False;
  const t = v.type;
  return bool(t === FunctionType || t === BuiltinFunctionType || isSubtype(t, TypeType) ||
    typeData(t).name === 'method' || lookupInType(t, '__call__') !== undefined);
};

const getattrFn: NativeFn = (args, kwnames) => {
  checkArgs('getattr', args, kwnames, 2, 3);
  const name = args[1]!;
  if (typeof name !== 'object' || name.type !== StrType) typeError(`attribute name must be string, not '${typeName(name)}'`);
  if (args.length === 3) {
    const v = lookupAttrOrMissing(args[0]!, name.data as string);
    if (v !== undefined) return v;
    incref(args[2]!);
    return args[2]!;
  }
  return getAttr(args[0]!, name.data as string);
};

const setattrFn: NativeFn = (args, kwnames) => {
  checkArgs('setattr', args, kwnames, 3, 3);
  const name = args[1]!;
  if (typeof name !== 'object' || name.type !== StrType) typeError(`attribute name must be string, not '${typeName(name)}'`);
  setAttr(args[0]!, name.data as string, args[2]!);
  return None;
};

const hasattrFn: NativeFn = (args, kwnames) => {
  checkArgs('hasattr', args, kwnames, 2, 2);
  const name = args[1]!;
  if (typeof name !== 'object' || name.type !== StrType) typeError(`attribute name must be string, not '${typeName(name)}'`);
  const v = lookupAttrOrMissing(args[0]!, name.data as string);
  if (v === undefined) return False;
  decref(v);
  return True;
};

const varsFn: NativeFn = (args, kwnames) => {
  checkArgs('vars', args, kwnames, 1, 1);
  const d = lookupAttr(args[0]!, '__dict__');
  if (d === undefined) typeError('vars() argument must have __dict__ attribute');
  return d;
};

const delattrFn: NativeFn = (args, kwnames) => {
  checkArgs('delattr', args, kwnames, 2, 2);
  setAttr(args[0]!, (args[1] as PyObject).data as string, null);
  return None;
};

const formatFn: NativeFn = (args, kwnames) => {
  checkArgs('format', args, kwnames, 1, 2);
  const spec = args.length > 1 ? ((args[1] as PyObject).data as string) : '';
  return newStr(formatBuiltin(args[0]!, spec) ?? evalHooks.formatOther(args[0]!, spec));
};

const inputFn: NativeFn = (args, kwnames) => {
  checkArgs('input', args, kwnames, 0, 1);
  if (args.length === 1) runtimeIO.stdout(str(args[0]!));
  runtimeIO.flush();
  const line = runtimeIO.readline();
  if (line === null) raise(EOFError, 'EOF when reading a line');
  return newStr(line.replace(/\n$/, '')); // as CPython's (a \r before it stays)
};

import { EOFError } from '../errors';
import { bytesLike } from '../objects/bytearray';
import { isComplex } from '../ops/complex';

/** globals(): the dict of the calling Python frame's module (borrowed from the frame). */
const globalsFn: NativeFn = (args, kwnames) => {
  checkArgs('globals', args, kwnames, 0, 0);
  const f = tstate.frame!;
  f.globals.refcnt++;
  return f.globals;
};

/** locals(): the namespace mapping, or a snapshot dict of a function's fast locals and cells. */
const localsFn: NativeFn = (args, kwnames) => {
  checkArgs('locals', args, kwnames, 0, 0);
  const f = tstate.frame!;
  if (f.locals !== null) {
    f.locals.refcnt++;
    return f.locals;
  }
  if (f.code.flags === 0 || f.func === null) {
    f.globals.refcnt++;
    return f.globals;
  }
  const d = newDictLocal();
  const put = (name: string, v: Value | undefined) => {
    if (v === undefined) return;
    const key = newStr(name);
    dictSetLocal(d, key, v);
    decref(key);
  };
  f.code.varnames.forEach((name, i) => put(name, f.fast[i]));
  const names = [...f.code.cellvars, ...f.code.freevars];
  names.forEach((name, i) => put(name, f.cells[i]?.data as Value | undefined));
  return d;
};

/** dir(obj): the sorted attribute names (instance dict, then the class and its bases). */
const dirFn: NativeFn = (args, kwnames) => {
  checkArgs('dir', args, kwnames, 0, 1);
  const names = new Set<string>();
  const addKeys = (d: PyObject | null) => {
    if (d === null) return;
    for (const k of (d.data as DictTable).map.keys()) if (typeof k === 'string') names.add(k);
  };
  if (args.length === 0) {
    const loc = localsFn([], null, null) as PyObject;
    addKeys(loc);
    decref(loc);
  } else {
    const o = args[0]!;
    if (typeof o === 'object' && o.type === ModuleTypeLocal) addKeys((o.data as { dict: PyObject }).dict);
    else {
      if (typeof o === 'object') addKeys(o.dict);
      const t = typeof o === 'number' ? IntType : isSubtype(o.type, TypeType) ? o : o.type;
      for (const c of typeData(t).mro) for (const k of typeData(c).attrs.keys()) names.add(k);
      if (typeof o === 'object' && !isSubtype(o.type, TypeType)) names.add('__class__');
    }
  }
  return newList([...names].sort().map((n) => newStr(n)));
};

export const BUILTIN_FUNCTIONS: Record<string, NativeFn> = {
  print, len: lenFn, repr: reprFn, ascii: asciiFn, abs: absFn, min: minMax('min', CMP_LT),
  max: minMax('max', CMP_GT), sum: sumFn, isinstance: isinstanceFn, issubclass: issubclassFn,
  enumerate: enumerateFn, zip: zipFn, map: mapFn, filter: filterFn, reversed: reversedFn,
  sorted: sortedFn, iter: iterFn, next: nextFn, chr: chrFn, ord: ordFn, round: roundFn,
  divmod: divmodFn, pow: powFn, id: idFn, hash: hashFn, any: anyFn, all: allFn,
  hex: radix('hex', 16, '0x'), oct: radix('oct', 8, '0o'), bin: radix('bin', 2, '0b'),
  callable: callableFn, getattr: getattrFn, setattr: setattrFn, hasattr: hasattrFn,
  delattr: delattrFn, format: formatFn, input: inputFn, globals: globalsFn, locals: localsFn, dir: dirFn, vars: varsFn,
};

export function makeBuiltinFunctions(): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  for (const [name, fn] of Object.entries(BUILTIN_FUNCTIONS)) out.set(name, makeBuiltin(name, fn));
  return out;
}

export { DictType, ValueError, isExceptionType, NB_MULTIPLY };
