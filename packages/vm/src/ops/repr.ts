// repr() and str() of builtin objects (CPython's *_repr functions). Objects of user classes go
// through `hooks.reprOther`, which the interpreter fills in to call __repr__/__str__.

import type { PyObject, Value } from '@pyarena/memory';
import type { BuiltinData, FunctionData, ModuleData, RangeData, SliceData } from '../objects/types';
import { byteArrayContent } from '../objects/bytearray';
import {
  BoolType, BuiltinFunctionType, BytesType, ByteArrayType, DictItemsType, DictKeysType, DictType, DictValuesType,
  ComplexType, EllipsisType, FloatType, FrozenSetType, FunctionType, IntType, ListType, ModuleType, NoneType,
  NotImplementedType, RangeType, SetType, SliceType, StrType, TupleType, TypeType,
} from '../objects/types';
import type { DictTable } from '../objects/dict-table';
import { activeEntries } from '../objects/set-table';
import { isSubtype, typeData } from '../objects/typeobject';
import { SLOT_WRAPPER } from '../objects/slot-wrappers';
import type { ExceptionData } from '../errors';
import { isExceptionType, isHostStackOverflow, KeyError, raise, RecursionError, SyntaxError, UnicodeDecodeError, UnicodeEncodeError } from '../errors';
import { bigintToDecimal } from './int-digits';
import { unicodeErrorMessage } from '../builtins/codecs';
import { syntaxErrorStr } from './syntax-error-fields';
import { complexRepr, type Complex } from './complex';

export const hooks = {
  /** repr or str of an object this file does not know (instances of user classes ...). */
  reprOther: (o: PyObject, _asStr: boolean): string => defaultObjectRepr(o),
};

export function hexAddr(o: PyObject): string {
  return '0x' + o.addr.toString(16).padStart(12, '0');
}

/** The address id() gives an immediate int (builtins/functions.ts smallIntId), for reprs naming it. */
function immediateAddr(n: number): string {
  return '0x' + (0x7e0000000000 + (n & 0xffffffff) * 32).toString(16).padStart(12, '0');
}

export function defaultObjectRepr(o: PyObject): string {
  const d = typeData(o.type);
  const name = d.isHeapType ? qualifiedTypeName(o.type, d.qualname || d.name) : d.name;
  return `<${name} object at ${hexAddr(o)}>`;
}

/** Python's repr(float): shortest round-trip digits, fixed between 1e-4 and 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const sign = mant.startsWith('-') ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '');
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return sign + intPart + '.' + (frac || '0');
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return sign + m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
}

const NONPRINTABLE = /[\p{C}\p{Z}]/u;

/** Python's repr(str): quotes chosen as CPython does, escapes for non-printable characters. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (c !== 0x20 && NONPRINTABLE.test(ch)) {
      if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** bytes' repr; bytearray's (`escapeSingle`) escapes every ' even inside double quotes. */
export function bytesRepr(b: Uint8Array, escapeSingle = false): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c || (escapeSingle && c === 0x27)) out += '\\' + String.fromCharCode(c);
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** Objects whose repr is in progress: containers met again print as [...] (Py_ReprEnter). */
const inProgress = new Set<PyObject>();
let depth = 0;
const MAX_REPR_DEPTH = 990;

export function guarded(o: PyObject, recursive: string, body: () => string): string {
  if (inProgress.has(o)) return recursive;
  // Each enclosing guarded() call undoes its own depth and inProgress entry as the error passes.
  if (depth + 1 > MAX_REPR_DEPTH) {
    raise(RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
  }
  depth++;
  inProgress.add(o);
  try {
    return body();
  } catch (e) {
    // The host stack ran out before the depth limit (deep dicts take more host frames a level).
    if (isHostStackOverflow(e)) {
      raise(RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
    }
    throw e;
  } finally {
    inProgress.delete(o);
    depth--;
  }
}

export function repr(v: Value): string {
  if (typeof v === 'number') return String(v);
  if (typeData(v.type).isHeapType) return hooks.reprOther(v, false);
  return builtinRepr(v) ?? hooks.reprOther(v, false);
}

/** repr of builtin objects, or null for objects of user classes. */
/**
 * set_repr: `{1, 2}` for an exact set; `name({1, 2})` for a frozenset and for any subclass of
 * either (`typeName`, the type's __name__), `name()` when empty and `name(...)` when the set
 * contains itself.
 */
export function setRepr(v: PyObject, typeName: string | null): string {
  const table = v.data as DictTable;
  const name = typeName ?? 'set';
  if (table.size === 0) return name + '()';
  return guarded(v, name + '(...)', () => {
    const inner = '{' + activeEntries(table).map((e) => repr(e.key)).join(', ') + '}';
    return typeName === null ? inner : name + '(' + inner + ')';
  });
}

function builtinRepr(v: PyObject): string | null {
  const t = v.type;
  if (t === StrType) return strRepr(v.data as string);
  if (t === FloatType) return floatRepr(v.data as number);
  if (t === ComplexType) return complexRepr(v.data as Complex);
  if (t === IntType) return bigintToDecimal(v.data as bigint);
  if (t === BoolType) return v.data ? 'True' : 'False';
  if (t === NoneType) return 'None';
  if (t === ListType) return guarded(v, '[...]', () => '[' + (v.data as Value[]).map(repr).join(', ') + ']');
  if (t === TupleType) {
    const items = v.data as Value[];
    if (items.length === 1) return guarded(v, '(...)', () => '(' + repr(items[0]!) + ',)');
    return guarded(v, '(...)', () => '(' + items.map(repr).join(', ') + ')');
  }
  if (t === DictType) {
    return guarded(v, '{...}', () => {
      const parts: string[] = [];
      for (const e of (v.data as DictTable).map.values()) parts.push(repr(e.key) + ': ' + repr(e.value));
      return '{' + parts.join(', ') + '}';
    });
  }
  if (t === SetType) return setRepr(v, null);
  if (t === FrozenSetType) return setRepr(v, 'frozenset');
  if (t === DictKeysType || t === DictValuesType || t === DictItemsType) {
    const d = v.data as PyObject;
    const entries = [...(d.data as DictTable).map.values()];
    const parts = entries.map((e) =>
      t === DictKeysType ? repr(e.key) : t === DictValuesType ? repr(e.value) : '(' + repr(e.key) + ', ' + repr(e.value) + ')');
    return guarded(v, '...', () => `${typeData(t).name}([${parts.join(', ')}])`);
  }
  if (t === RangeType) {
    const r = v.data as RangeData;
    return r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
  }
  if (t === SliceType) {
    const s = v.data as SliceData;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  }
  if (t === BytesType) return bytesRepr(v.data as Uint8Array);
  if (t === ByteArrayType) return `bytearray(${bytesRepr(byteArrayContent(v), true)})`;
  if (t === TypeType) return `<class '${qualifiedTypeName(v)}'>`;
  if (t === FunctionType) return `<function ${(v.data as FunctionData).qualname} at ${hexAddr(v)}>`;
  if (typeData(t).name === 'member_descriptor') {
    // objects/descriptors.ts's MemberData (matched by name: that module imports this one).
    const m = v.data as { name: string; owner: PyObject };
    return `<member '${m.name}' of '${typeData(m.owner).name}' objects>`;
  }
  if (t === BuiltinFunctionType) {
    const b = v.data as BuiltinData;
    if (b.isDescriptor && b.owner !== null) {
      // An unbound method descriptor or slot wrapper of a builtin type (descrobject.c's reprs).
      const owner = typeData(b.owner).name;
      return b.slot === SLOT_WRAPPER ? `<slot wrapper '${b.name}' of '${owner}' objects>` : `<method '${b.name}' of '${owner}' objects>`;
    }
    if (b.self !== null && b.self !== undefined && (typeof b.self === 'number' || b.self.type !== ModuleType)) {
      const kind = b.slot === SLOT_WRAPPER ? 'method-wrapper' : 'built-in method';
      const quote = b.slot === SLOT_WRAPPER ? `'${b.name}'` : b.name;
      const typeOfSelf = typeof b.self === 'number' ? 'int' : typeData(b.self.type).name;
      // An immediate int has no heap address: it shows the address its boxed twin would have.
      const at = typeof b.self === 'number' ? immediateAddr(b.self) : hexAddr(b.self);
      return `<${kind} ${quote} of ${typeOfSelf} object at ${at}>`;
    }
    return `<built-in function ${b.name}>`;
  }
  if (t === ModuleType) return `<module '${(v.data as ModuleData).name}' (built-in)>`;
  if (t === EllipsisType) return 'Ellipsis';
  if (t === NotImplementedType) return 'NotImplemented';
  if (isExceptionType(t)) return exceptionRepr(v);
  return null;
}

export function qualifiedTypeName(t: PyObject, name = typeData(t).qualname || typeData(t).name): string {
  const d = typeData(t);
  const module = d.attrs.get('__module__');
  if (module !== undefined && typeof module !== 'number' && module.type === StrType && module.data !== 'builtins') {
    return `${module.data as string}.${name}`;
  }
  return name;
}

function exceptionRepr(e: PyObject): string {
  const args = ((e.data as ExceptionData).args.data as Value[]);
  const name = typeData(e.type).name;
  if (args.length === 1) return `${name}(${repr(args[0]!)})`;
  return `${name}(${args.map(repr).join(', ')})`;
}

/** str(exc) as CPython's BaseException_str (KeyError uses repr for one argument). */
export function exceptionStr(e: PyObject): string {
  return exceptionStrOf(e);
}

function exceptionStrOf(e: PyObject): string {
  const args = ((e.data as ExceptionData).args.data as Value[]);
  if (isSubtype(e.type, SyntaxError)) {
    const message = syntaxErrorStr(args, str);
    if (message !== null) return message;
  }
  if (args.length === 0) return '';
  if (args.length === 5 && (isSubtype(e.type, UnicodeEncodeError) || isSubtype(e.type, UnicodeDecodeError))) {
    const message = unicodeErrorMessage(isSubtype(e.type, UnicodeDecodeError), args);
    if (message !== null) return message;
  }
  if (args.length === 1) {
    return isSubtype(e.type, KeyError) ? repr(args[0]!) : str(args[0]!);
  }
  return repr((e.data as ExceptionData).args);
}

export function str(v: Value): string {
  if (typeof v === 'number') return String(v);
  const t = v.type;
  if (t === StrType) return v.data as string;
  if (typeData(t).isHeapType) return hooks.reprOther(v, true);
  if (isExceptionType(t)) return exceptionStr(v);
  return builtinRepr(v) ?? hooks.reprOther(v, true);
}
