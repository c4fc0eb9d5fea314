// The sys module (Python/sysmodule.c): argv, version data, recursion limit, refcounts and
// CPython 3.11 64-bit object sizes, the standard streams, exit(), intern(), modules.

import { GC_IMMORTAL, IMMORTAL_REFCNT, PyObject as PyObjectClass, type PyObject, type Value } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import {
  BoolType, BytesType, ByteArrayType, DictType, FloatType, FrozenSetType, IntType, ListType, ModuleType, SetType,
  StrType, TupleType, TypeType,
} from '../objects/types';
import {
  False, None, True, bigIntSize, intFromBigInt, intFromNumber, newList, newStr, newTuple, strSize,
} from '../objects/constructors';
import { checkArgs, defineMethod, makeBuiltin } from '../objects/builtin-function';
import { isSubtype, makeType, typeData, typeName } from '../objects/typeobject';
import type { DictTable } from '../objects/dict-table';
import { DequeType, dequeSizeOf } from '../objects/deque';
import { PyErr, RecursionError, SystemExit, ValueError, newException, raise, typeError } from '../errors';
import { incref } from '../refs';
import { runtimeIO } from '../io';
import { tstate } from '../tstate';
import { argSmallIndex, isStr, parseArgs, staticStr } from './args';
import { getMaxStrDigits, setMaxStrDigits } from '../ops/int-digits';
import { defineNativeModule, importState, setAttrSteal } from './registry';
import { sysState } from './sys-state';
import { displayHooks, displayhook } from '../displayhook';
import { dictGetStr } from '../objects/dict';
import { floatInfo } from './float-info';

// ---------------------------------------------------------------- getsizeof

const usableOf = (size: number): number => Math.floor((size * 2) / 3);

/** Dict size as CPython 3.11 grows it by insertion (dictobject.c: _PyDict_SizeOf). */
export function dictSizeOf(n: number, allStrKeys: boolean): number {
  if (n === 0) return 64;
  let size = 8; // PyDict_MINSIZE
  // GROWTH_RATE is used*3: a resize happens when the usable slots (2/3 of size) run out.
  while (n > usableOf(size)) {
    const used = usableOf(size);
    size = 8;
    while (size < used * 3) size *= 2;
  }
  const indexBytes = size <= 128 ? 1 : size <= 0xffff ? 2 : size <= 0xffffffff ? 4 : 8;
  const usable = usableOf(size);
  return 64 + 32 + size * indexBytes + usable * (allStrKeys ? 16 : 24);
}

/** Set size as CPython grows it by adding items one at a time (setobject.c set_table_resize). */
export function setSizeOf(n: number): number {
  let mask = 7, fill = 0;
  for (let i = 0; i < n; i++) {
    fill++;
    if (fill * 5 >= mask * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let newsize = 8;
      while (newsize <= minused) newsize *= 2;
      mask = newsize - 1;
    }
  }
  return mask === 7 ? 216 : 216 + (mask + 1) * 16;
}

/** A subclass of list, dict, set or frozenset: its instances have the base's storage block. */
function hasStorageBase(t: PyObject): boolean {
  const solid = typeData(t).solidBase;
  return solid === ListType || solid === DictType || solid === SetType || solid === FrozenSetType;
}

export function sizeOf(v: Value): number {
  if (typeof v === 'number') return bigIntSize(BigInt(v));
  const t = v.type;
  if (t === IntType) return bigIntSize(v.data as bigint);
  if (t === BoolType) return 28;
  if (t === FloatType) return 24;
  if (t === StrType) return strSize(v.data as string);
  if (t === BytesType) return 33 + (v.data as Uint8Array).length;
  if (t === ByteArrayType) return v.nbytes + v.bufSize; // 56 + ob_alloc (objects/bytearray.ts)
  if (t === TupleType) return 40 + 8 * (v.data as Value[]).length;
  // list, dict, set, frozenset (and their subclasses): the object plus its storage block, the
  // item array of `allocated` slots, the keys object, the table beyond the smalltable; each
  // sized as CPython 3.11 allocates it (objects/list.ts, objects/dict.ts). list.__sizeof__,
  // dict.__sizeof__ (keys counted once, when not shared) and set.__sizeof__ say the same.
  if (t === ListType || t === DictType || t === SetType || t === FrozenSetType || hasStorageBase(t)) {
    return v.nbytes + v.bufSize;
  }
  // A deque (or subclass): the object plus the blocks of its chain (objects/deque.ts).
  if (t === DequeType || typeData(t).solidBase === DequeType) return dequeSizeOf(v);
  if (t === TypeType || isSubtype(t, TypeType)) return v.nbytes > 0 ? v.nbytes : 424;
  if (t === ModuleType) return 72;
  return v.nbytes > 0 ? v.nbytes : typeData(t).basicSize;
}

const getsizeof: NativeFn = (args, kwnames) => {
  checkArgs('getsizeof', args, kwnames, 1, 2);
  return sizeOf(args[0]!);
};

// ---------------------------------------------------------------- streams

/** sys.stdout / sys.stderr: data is the runtimeIO method name. */
const TextIOType = makeType({ name: 'TextIOWrapper', acceptsSubclasses: false });
typeData(TextIOType).attrs.set('__module__', staticStr('_io'));
defineMethod(TextIOType, 'write', (args, kwnames, self) => {
  checkArgs('write', args, kwnames, 1, 1);
  const s = args[0]!;
  if (!isStr(s)) typeError(`write() argument must be str, not ${typeName(s)}`);
  const text = s.data as string;
  if ((self as PyObject).data === 'stderr') {
    runtimeIO.flush();
    runtimeIO.stderr(text);
  } else runtimeIO.stdout(text);
  return intFromNumber([...text].length);
});
defineMethod(TextIOType, 'flush', (args, kwnames, self) => {
  checkArgs('flush', args, kwnames, 0, 0);
  if ((self as PyObject).data === 'stdout') runtimeIO.flush();
  return None;
});
for (const m of ['isatty', 'writable', 'readable']) {
  defineMethod(TextIOType, m, (args, kwnames) => {
    checkArgs(m, args, kwnames, 0, 0);
    return m === 'writable' ? True : False;
  });
}

function stream(name: string): PyObject {
  const o = new PyObjectClass(TextIOType, name);
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}
const stdout = stream('stdout');
const stderr = stream('stderr');

// ---------------------------------------------------------------- functions

const exit: NativeFn = (args, kwnames) => {
  checkArgs('exit', args, kwnames, 0, 1);
  const code = args.length === 0 ? [] : [args[0]!];
  for (const c of code) incref(c);
  throw new PyErr(newException(SystemExit, code));
};

const getrefcount: NativeFn = (args, kwnames) => {
  checkArgs('getrefcount', args, kwnames, 1, 1);
  const v = args[0]!;
  // The caller's stack holds the argument, as CPython's does, so refcnt is already its answer.
  // Immediate ints have no count: report an immortal-looking one like CPython's small ints.
  return intFromNumber(typeof v === 'number' ? IMMORTAL_REFCNT : v.refcnt);
};

const getrecursionlimit: NativeFn = (args, kwnames) => {
  checkArgs('getrecursionlimit', args, kwnames, 0, 0);
  return tstate.recursionLimit;
};

const setrecursionlimit: NativeFn = (args, kwnames) => {
  checkArgs('setrecursionlimit', args, kwnames, 1, 1);
  const v = args[0]!;
  if (typeof v === 'object' && v.type === FloatType) typeError("'float' object cannot be interpreted as an integer");
  const n = argSmallIndex(v);
  if (n < 1) raise(ValueError, 'recursion limit must be greater or equal than 1');
  // CPython counts the call of this builtin itself (cfunction_vectorcall enters a recursive call).
  const depth = tstate.depth + 1;
  if (depth >= n) {
    raise(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
  }
  tstate.recursionLimit = n;
  return None;
};

const intern: NativeFn = (args, kwnames) => {
  checkArgs('intern', args, kwnames, 1, 1);
  const s = args[0]!;
  if (typeof s === 'number' || s.type !== StrType) typeError(`intern() argument must be str, not ${typeName(s)}`);
  incref(s);
  return s;
};

const getdefaultencoding: NativeFn = (args, kwnames) => {
  checkArgs('getdefaultencoding', args, kwnames, 0, 0);
  return newStr('utf-8');
};

const excInfo: NativeFn = (args, kwnames) => {
  checkArgs('exc_info', args, kwnames, 0, 0);
  const e = tstate.handledException;
  if (e === None || typeof e === 'number') return newTuple([None, None, None]);
  incref(e.type);
  incref(e);
  return newTuple([e.type, e, None]);
};

const getIntMaxStrDigits: NativeFn = (args, kwnames) => {
  checkArgs('get_int_max_str_digits', args, kwnames, 0, 0);
  return getMaxStrDigits();
};

const setIntMaxStrDigits: NativeFn = (args, kwnames) => {
  const [maxdigits] = parseArgs('set_int_max_str_digits', args, kwnames, ['maxdigits'], 1);
  setMaxStrDigits(argSmallIndex(maxdigits!));
  return None;
};

const FUNCTIONS: Record<string, NativeFn> = {
  exit, getrefcount, getrecursionlimit, setrecursionlimit, getsizeof, intern, getdefaultencoding,
  exc_info: excInfo, displayhook, get_int_max_str_digits: getIntMaxStrDigits,
  set_int_max_str_digits: setIntMaxStrDigits, __displayhook__: displayhook,
};
let builtins: [string, PyObject][] | null = null;

defineNativeModule('sys', (dict) => {
  builtins ??= Object.entries(FUNCTIONS).map(([name, fn]) => [name, makeBuiltin(name, fn, name, 'sys')]);
  for (const [name, f] of builtins) setAttrSteal(dict, name, f);
  setAttrSteal(dict, 'argv', newList(sysState.argv.map((a) => newStr(a))));
  setAttrSteal(dict, 'maxsize', intFromBigInt(2n ** 63n - 1n));
  setAttrSteal(dict, 'maxunicode', 0x10ffff);
  setAttrSteal(dict, 'float_info', floatInfo);
  setAttrSteal(dict, 'version', newStr('3.11.7 (pyarena)'));
  setAttrSteal(dict, 'version_info', newTuple([3, 11, 7, newStr('final'), 0]));
  setAttrSteal(dict, 'hexversion', 0x030b07f0);
  setAttrSteal(dict, 'platform', newStr('linux'));
  setAttrSteal(dict, 'byteorder', newStr('little'));
  setAttrSteal(dict, 'executable', newStr(''));
  setAttrSteal(dict, 'path', newList([]));
  setAttrSteal(dict, 'stdout', stdout);
  setAttrSteal(dict, 'stderr', stderr);
  setAttrSteal(dict, '__stdout__', stdout);
  setAttrSteal(dict, '__stderr__', stderr);
  const modules = importState.modules;
  if (modules !== null) {
    incref(modules);
    setAttrSteal(dict, 'modules', modules);
  }
});

displayHooks.sysModule = () => (importState.modules !== null ? dictGetStr(importState.modules, 'sys') : undefined);
