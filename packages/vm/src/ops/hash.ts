// Hash keys for dict and set storage (see objects/dict-table.ts): values equal in Python map to
// the same JS key. Numbers share one key space (1, 1.0 and True collide, as in Python); strings
// are themselves; tuples get a structural string key; objects hashed by identity are their own key.

import type { PyObject, Value } from '@pyarena/memory';
import type { HashKey } from '../objects/dict-table';
import {
  BoolType, BytesType, FloatType, FrozenSetType, IntType, NoneType, StrType, TupleType,
} from '../objects/types';
import { typeName } from '../objects/typeobject';
import { True } from '../objects/constructors';
import { typeError } from '../errors';
import type { DictTable } from '../objects/dict-table';

export const hashHooks = {
  /** Key for objects this file does not know; throws for unhashable ones. */
  keyOther: (o: PyObject): HashKey => o,
};

const NONE_KEY = Symbol('None');

/** Prefix of keys computed from a user-defined __hash__: they need equality probing (dict.ts). */
export const CUSTOM_HASH_PREFIX = '\u0000h';
const UNHASHABLE = new Set(['list', 'dict', 'set', 'bytearray']);

/** Numbers that are integral use the number itself (or the bigint beyond 2**53). */
function floatKey(x: number): HashKey {
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  if (Number.isNaN(x)) return Symbol('nan'); // every NaN is a distinct key unless identical
  return x === 0 ? 0 : x;
}

export function hashKey(v: Value): HashKey {
  if (typeof v === 'number') return v;
  const t = v.type;
  if (t === StrType) return v.data as string;
  if (t === FloatType) return floatKey(v.data as number);
  if (t === BoolType) return v === True ? 1 : 0;
  if (t === IntType) return v.data as bigint;
  if (t === NoneType) return NONE_KEY;
  if (t === TupleType) return tupleKey(v.data as Value[]);
  if (t === BytesType) return '\u0000b' + Array.from(v.data as Uint8Array).join(',');
  if (t === FrozenSetType) {
    const keys = [...(v.data as DictTable).map.keys()].map(keyToString).sort();
    return '\u0000f{' + keys.join('\u0001') + '}';
  }
  const name = typeName(v);
  if (UNHASHABLE.has(name)) typeError(`unhashable type: '${name}'`);
  return hashHooks.keyOther(v);
}

/** Identity keys inside tuples need a stable string: the object's address is unique while alive. */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

function keyToString(k: HashKey): string {
  switch (typeof k) {
    case 'number': return 'n' + k;
    case 'bigint': return 'n' + k.toString();
    case 'string': return 's' + k.length + ':' + k;
    case 'symbol': return k.description === 'None' ? 'N' : 'x' + identity(k);
    default: return 'o' + identity(k);
  }
}

function identity(o: object | symbol): number {
  const key = o as object;
  let id = objectIds.get(key);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(key, id);
  }
  return id;
}

/** A tuple's key: its items' keys joined (built in one pass: tuple keys are hot in dicts and sets). */
function tupleKey(items: readonly Value[]): string {
  let key = '\u0000t(';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) key += '\u0001';
    const v = items[i]!;
    key += typeof v === 'number' ? 'n' + v : keyToString(hashKey(v));
  }
  return key + ')';
}
