// The match statement's opcodes (PEP 634), after CPython 3.11's ceval.c (MATCH_CLASS with
// match_class/match_class_attr, MATCH_KEYS with match_keys, MATCH_MAPPING, MATCH_SEQUENCE, GET_LEN).
// Stack convention of the interpreter's helpers: each takes the stack and sp and returns the new
// sp; when it throws, every item it was given is still on the stack, owned by it (the unwinder
// releases them).
import type { PyObject, Value } from '@pyarena/memory';
import { None, False, True, newTuple } from '../objects/constructors';
import { DequeType } from '../objects/deque';
import {
  BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, RangeType, SetType,
  StrType, TupleType, TypeType,
} from '../objects/types';
import { ObjectType, isSubtype, typeData } from '../objects/typeobject';
import { typeError, valueError } from '../errors';
import { decref, decrefAll } from '../refs';
import { callObject } from '../call';
import { getAttr, lookupAttrOrMissing } from './attr';
import { equals } from './compare';
import { hashKey } from './hash';
import { repr } from './repr';
import { len } from './subscript';

const typeOf = (v: Value): PyObject => (typeof v === 'number' ? IntType : v.type);

/**
 * Types whose instances (and subclasses') CPython flags Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING.
 * str, bytes and bytearray are deliberately not sequences for patterns.
 */
const SEQUENCE_TYPES: readonly PyObject[] = [ListType, TupleType, RangeType, DequeType];
const MAPPING_TYPES: readonly PyObject[] = [DictType];

/**
 * _Py_TPFLAGS_MATCH_SELF: `int(x)` matches x against the whole subject. Inherited by
 * subclasses, but only used when the class pattern's type has no __match_args__.
 */
const MATCH_SELF_TYPES: readonly PyObject[] = [
  BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType,
  TupleType,
];

function hasFlag(t: PyObject, types: readonly PyObject[]): boolean {
  for (const m of typeData(t).mro) if (types.includes(m)) return true;
  return false;
}

/** GET_LEN: (v -- v len(v)). */
export function getLen(stack: (Value | null)[], sp: number): number {
  stack[sp] = len(stack[sp - 1]!);
  return sp + 1;
}

/** MATCH_SEQUENCE: (subject -- subject bool). */
export function matchSequence(stack: (Value | null)[], sp: number): number {
  stack[sp] = hasFlag(typeOf(stack[sp - 1]!), SEQUENCE_TYPES) ? True : False;
  return sp + 1;
}

/** MATCH_MAPPING: (subject -- subject bool). */
export function matchMapping(stack: (Value | null)[], sp: number): number {
  stack[sp] = hasFlag(typeOf(stack[sp - 1]!), MAPPING_TYPES) ? True : False;
  return sp + 1;
}

/** The keys must be distinct, as Python values (match_keys' `seen` set). */
function checkDistinctKeys(keys: readonly Value[]): void {
  const hashes = keys.map(hashKey);
  for (let j = 1; j < keys.length; j++) {
    for (let i = 0; i < j; i++) {
      if (hashes[i] === hashes[j] && equals(keys[i]!, keys[j]!)) {
        valueError(`mapping pattern checks duplicate key (${repr(keys[j]!)})`);
      }
    }
  }
}

/**
 * MATCH_KEYS: (subject keys -- subject keys values). values is a tuple of subject.get(key,
 * dummy) for each key, or None once one is missing: `.get` with a default never runs a dict
 * subclass's __missing__ (defaultdict creates no key).
 */
export function matchKeys(stack: (Value | null)[], sp: number): number {
  const keysTuple = stack[sp - 1] as PyObject;
  const subject = stack[sp - 2]!;
  const keys = keysTuple.data as Value[];
  if (keys.length === 0) {
    stack[sp] = newTuple([]);
    return sp + 1;
  }
  const get = getAttr(subject, 'get');
  const dummy = callObject(ObjectType, [], null);
  const values: Value[] = [];
  let result: Value = None;
  try {
    checkDistinctKeys(keys);
    for (const key of keys) {
      const v = callObject(get, [key, dummy], null);
      if (v === dummy) {
        decref(v);
        break;
      }
      values.push(v);
    }
    if (values.length === keys.length) result = newTuple(values.splice(0));
  } finally {
    decrefAll(values);
    decref(dummy);
    decref(get);
  }
  stack[sp] = result;
  return sp + 1;
}

/**
 * match_class: a tuple of the attributes the positional (through __match_args__) and keyword
 * sub-patterns name, or null when the subject is not an instance or lacks one of them.
 */
function matchClassAttrs(subject: Value, cls: PyObject, nargs: number, kwnames: readonly Value[]): PyObject | null {
  if (!isSubtype(cls.type, TypeType)) typeError('called match pattern must be a type');
  if (!isSubtype(typeOf(subject), cls)) return null;
  const tpName = typeData(cls).name;
  const attrs: Value[] = [];
  const seen = new Set<string>();
  try {
    const attr = (nameObj: PyObject): boolean => {
      const name = nameObj.data as string;
      if (seen.has(name)) typeError(`${tpName}() got multiple sub-patterns for attribute ${repr(nameObj)}`);
      seen.add(name);
      const v = lookupAttrOrMissing(subject, name);
      if (v === undefined) return false;
      attrs.push(v);
      return true;
    };
    if (nargs > 0) {
      const matchArgs = lookupAttrOrMissing(cls, '__match_args__');
      let names: Value[] = [];
      let matchSelf = false;
      try {
        if (matchArgs === undefined) {
          matchSelf = hasFlag(cls, MATCH_SELF_TYPES);
        } else if (typeof matchArgs === 'object' && matchArgs.type === TupleType) {
          names = (matchArgs.data as Value[]).slice();
        } else {
          typeError(`${tpName}.__match_args__ must be a tuple (got ${typeData(typeOf(matchArgs)).name})`);
        }
        const allowed = matchSelf ? 1 : names.length;
        if (allowed < nargs) {
          typeError(`${tpName}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
        }
        if (matchSelf) {
          if (typeof subject === 'object') subject.refcnt++;
          attrs.push(subject);
        } else {
          for (let i = 0; i < nargs; i++) {
            const name = names[i]!;
            if (typeof name !== 'object' || name.type !== StrType) {
              typeError(`__match_args__ elements must be strings (got ${typeData(typeOf(name)).name})`);
            }
            if (!attr(name)) return null;
          }
        }
      } finally {
        if (matchArgs !== undefined) decref(matchArgs);
      }
    }
    for (const k of kwnames) if (!attr(k as PyObject)) return null;
    return newTuple(attrs.splice(0));
  } finally {
    decrefAll(attrs);
  }
}

/** MATCH_CLASS count: (subject cls kwnames -- attrs), attrs None when there is no match. */
export function matchClass(stack: (Value | null)[], sp: number, nargs: number): number {
  const kwnames = stack[sp - 1] as PyObject;
  const cls = stack[sp - 2]!;
  const subject = stack[sp - 3]!;
  if (typeof cls !== 'object') typeError('called match pattern must be a type');
  const attrs = matchClassAttrs(subject, cls, nargs, kwnames.data as Value[]);
  stack[sp - 3] = attrs ?? None;
  stack[sp - 2] = null;
  stack[sp - 1] = null;
  decref(kwnames);
  decref(cls);
  decref(subject);
  return sp - 2;
}
